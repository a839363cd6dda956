import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfPagesToLines, type PdfItem } from '../../../src/core/import/pdf-layout';
import { toSourceLines } from '../../../src/core/import/styled-lines';

/** A text item as pdfjs gives it; width from a rough 0.5 em per character. */
const item = (text: string, x: number, y: number, extra: Partial<PdfItem> = {}): PdfItem => ({
  text,
  x,
  y,
  width: text.length * (extra.size ?? 10) * 0.5,
  size: 10,
  ...extra,
});
const page = (items: PdfItem[]) => [{ width: 612, height: 792, items }];
const lines = (items: PdfItem[]) =>
  toSourceLines(pdfPagesToLines(page(items))).map((l) => [l.role ?? '-', l.text, l.right ?? '']);

describe('pdfPagesToLines', () => {
  it('reads a bigger font as a heading, a far-right date as right-margin text, a glyph row as a bullet with its wrapped line', () => {
    expect(
      lines([
        item('Jane Doe', 50, 740, { size: 20, bold: true }),
        item('Experience', 50, 700, { size: 13, bold: true }),
        item('Engineer', 50, 684, { bold: true }),
        item('Jan 2020 – Present', 480, 684),
        // Drawn after its text, as pdf writers often do: reading order comes from positions.
        item('Led the migration of forty services to a new cluster with no downtime for any', 63, 670),
        item('•', 53, 670),
        item('customer', 63, 658, { bold: true }),
        item('in the process.', 110, 658),
      ]),
    ).toEqual([
      ['heading', 'Jane Doe', ''],
      ['heading', 'Experience', ''],
      ['-', '**Engineer**', 'Jan 2020 – Present'],
      [
        'bullet',
        'Led the migration of forty services to a new cluster with no downtime for any **customer** in the process.',
        '',
      ],
    ]);
  });

  it('tells section headings from larger job titles by which size reads like section names', () => {
    expect(
      lines([
        item('Jane Doe', 50, 740, { size: 22, bold: true }),
        item('Experience', 50, 700, { size: 14, bold: true }),
        item('Senior Engineer', 50, 684, { size: 12, bold: true }),
        item('•', 53, 670),
        item('Built it.', 63, 670),
        item('Staff Engineer', 50, 654, { size: 12, bold: true }),
        item('•', 53, 640),
        item('Ran it.', 63, 640),
        item('Education', 50, 620, { size: 14, bold: true }),
        item('State University', 50, 604, { size: 12, bold: true }),
      ]).map((l) => [l[0], l[1]]),
    ).toEqual([
      ['heading', 'Jane Doe'],
      ['heading', 'Experience'],
      ['-', '**Senior Engineer**'],
      ['bullet', 'Built it.'],
      ['-', '**Staff Engineer**'],
      ['bullet', 'Ran it.'],
      ['heading', 'Education'],
      ['-', '**State University**'],
    ]);
  });

  it('joins a line broken after a hyphen without a space', () => {
    expect(
      lines([
        item('Experience', 50, 700, { size: 13, bold: true }),
        item('•', 53, 684),
        item('Profiled the decoder from first-', 63, 684, { width: 490 }),
        item('principles and fixed it.', 63, 672),
      ]).map((l) => l[1]),
    ).toEqual(['Experience', 'Profiled the decoder from first-principles and fixed it.']);
  });

  it('reads a two-column page column by column, keeping short lines apart and joining a wrapped one', () => {
    const left = [
      'Skills',
      'Python, SQL, Go, Rust, TypeScript, Kotlin, and',
      'Swift',
      'Education',
      'State University',
      'B.S. Physics',
      '2010 – 2014',
      'Languages',
      'English',
      'Spanish',
    ];
    const right = [
      'Experience',
      'Analyst',
      'Acme Corp',
      '2015 – 2020',
      'Built the quarterly reports for the board',
      'Ran the numbers',
      'Projects',
      'Flood Maps',
      'Open data',
      'Shipped it',
    ];
    const heads = new Set(['Skills', 'Education', 'Languages', 'Experience', 'Projects']);
    const style = (t: string) => (heads.has(t) ? { size: 13, bold: true } : {});
    const items = [
      ...left.map((t, i) => item(t, 50, 700 - i * 14, style(t))),
      ...right.map((t, i) => item(t, 330, 700 - i * 14, style(t))),
    ];
    expect(lines(items).map((l) => l[1])).toEqual([
      'Skills',
      'Python, SQL, Go, Rust, TypeScript, Kotlin, and Swift',
      ...left.slice(3),
      ...right,
    ]);
  });

  it('never drops the text of any item, whatever the positions', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{1,8}$/);
    const anItem = fc.record({
      text: word,
      x: fc.integer({ min: 40, max: 560 }),
      y: fc.integer({ min: 40, max: 760 }),
      size: fc.constantFrom(9, 10, 12, 16),
      bold: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(anItem, { minLength: 1, maxLength: 60 }), (raw) => {
        const items = raw.map((r) => item(r.text, r.x, r.y, { size: r.size, bold: r.bold }));
        const out = pdfPagesToLines(page(items));
        const text = out.map((l) => `${l.runs.map((r) => r.text).join('')} ${l.right ?? ''}`).join('\n');
        for (const it of items) expect(text).toContain(it.text);
      }),
      { numRuns: 200 },
    );
  });
});
