import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeResume } from '../../../src/core/import/recognize-structure';
import { plainText } from '../../../src/core/resume/rich-text';
import { runsToMarkdown, toSourceLines, type StyledLine } from '../../../src/core/import/styled-lines';
import { parseInlineMarkdown } from '../../../src/core/resume/rich-text';

const line = (lineNo: number, runs: StyledLine['runs'], extra: Partial<StyledLine> = {}): StyledLine => ({
  runs,
  lineNo,
  ...extra,
});

describe('runsToMarkdown', () => {
  it('moves the space a PDF draws in the bold font outside the bold phrase', () => {
    const md = runsToMarkdown([
      { text: 'Achieved a' },
      { text: ' ' },
      { text: '5x speedup', bold: true },
      { text: ' ', bold: true },
      { text: '(from 16)' },
    ]);
    expect(md).toBe('Achieved a **5x speedup** (from 16)');
    expect(parseInlineMarkdown(md)).toEqual([
      { text: 'Achieved a ' },
      { text: '5x speedup', bold: true },
      { text: ' (from 16)' },
    ]);
  });

  it('keeps a bold phrase that wraps onto the next line as one phrase', () => {
    expect(
      runsToMarkdown([
        { text: 'routes ' },
        { text: '30% of', bold: true },
        { text: ' ' },
        { text: 'claims', bold: true },
        { text: ' to review.' },
      ]),
    ).toBe('routes **30% of claims** to review.');
  });

  it('writes a link whose label is not its address as [label](url), and an email as itself', () => {
    expect(
      runsToMarkdown([
        { text: 'GitHub', href: 'https://github.com/x' },
        { text: ' | ' },
        { text: 'a@b.co', href: 'mailto:a@b.co' },
      ]),
    ).toBe('[GitHub](https://github.com/x) | a@b.co');
  });
});

describe('toSourceLines', () => {
  it('turns a leading bullet glyph, including a Symbol-font one, into the bullet role', () => {
    const out = toSourceLines([
      line(1, [{ text: '• Built it' }]),
      line(2, [{ text: '\uf0b7 Ran it' }]),
      line(3, [{ text: '- Shipped' }]),
    ]);
    expect(out.map((l) => [l.role, l.text])).toEqual([
      ['bullet', 'Built it'],
      ['bullet', 'Ran it'],
      ['bullet', 'Shipped'],
    ]);
  });

  it('reads a bold mixed-case line as an entry title when the headings are set in capitals', () => {
    const out = toSourceLines([
      line(1, [{ text: 'Jane Doe' }]),
      line(2, [{ text: 'EXPERIENCE', bold: true }]),
      line(3, [{ text: 'Engineer', bold: true }], { right: '2020 – 2022' }),
      line(4, [{ text: 'SKILLS', bold: true }]),
      line(5, [{ text: 'REFERENCES', bold: true }]),
      line(6, [{ text: 'Dr. Ana Ruiz, Head of Platform', bold: true }]),
    ]);
    expect(out.map((l) => [l.role, l.text])).toEqual([
      [undefined, 'Jane Doe'],
      ['heading', 'EXPERIENCE'],
      [undefined, '**Engineer**'],
      ['heading', 'SKILLS'],
      ['heading', 'REFERENCES'],
      [undefined, '**Dr. Ana Ruiz, Head of Platform**'],
    ]);
  });

  it('reads a bold or ALL CAPS line as a heading only when the document marks no headings itself', () => {
    const plain = toSourceLines([
      line(1, [{ text: 'Jane Doe' }]),
      line(2, [{ text: 'Experience', bold: true }]),
      line(3, [{ text: 'Engineer', bold: true }]),
    ]);
    expect(plain.map((l) => l.role)).toEqual([undefined, 'heading', 'heading']);
    const styled = toSourceLines([
      line(1, [{ text: 'Jane Doe' }]),
      line(2, [{ text: 'Experience' }], { role: 'heading' }),
      line(3, [{ text: 'Engineer', bold: true }]),
      line(4, [{ text: 'PROJECTS', bold: true }]),
      line(5, [{ text: 'ACME CORP' }]),
    ]);
    expect(styled.map((l) => l.role)).toEqual([undefined, 'heading', undefined, 'heading', undefined]);
  });

  it('keeps right-margin text, even on a line with nothing at the left', () => {
    const out = toSourceLines([
      line(1, [{ text: 'Engineer', bold: true }], { right: 'Jan 2020 – Present' }),
      line(2, [{ text: ' ' }], { right: 'Remote' }),
    ]);
    expect(out).toEqual([
      { text: '**Engineer**', lineNo: 1, right: 'Jan 2020 – Present' },
      { text: 'Remote', lineNo: 2, role: 'text' },
    ]);
  });
});

describe('DOCX and PDF lines through the shared recognizer', () => {
  it('never silently drops a word: each is in the resume or in a warning', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{1,9}$/);
    const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const run = fc.record({ text: words, bold: fc.boolean(), italic: fc.boolean() });
    const styled = fc.record({
      runs: fc.array(run, { minLength: 1, maxLength: 3 }),
      right: fc.option(
        fc.oneof(words, fc.constantFrom('Jan 2020 – Present', '2019', 'Remote', 'Berlin, Germany', 'Github | Blog')),
        { nil: undefined },
      ),
      role: fc.option(fc.constantFrom('heading' as const, 'bullet' as const, 'text' as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(styled, { minLength: 1, maxLength: 20 }), (raw) => {
        const lines: StyledLine[] = [
          { runs: [{ text: 'Jane Doe' }], lineNo: 1 },
          ...raw.map((l, i) => ({
            runs: l.runs.map((r) => ({ ...r, text: ` ${r.text} ` })),
            lineNo: i + 2,
            ...(l.right ? { right: l.right } : {}),
            ...(l.role ? { role: l.role } : {}),
          })),
        ];
        const r = recognizeResume(toSourceLines(lines));
        if (!r.ok) return;
        const bullets = r.resume.sections.flatMap((s) =>
          s.entries.flatMap((e) => e.bullets.map((b) => plainText(b.text))),
        );
        const haystack =
          `${JSON.stringify(r.resume)} ${bullets.join(' ')} ${r.warnings.map((w) => w.line).join(' ')}`.toLowerCase();
        for (const l of raw) {
          const text = `${l.runs.map((x) => x.text).join(' ')} ${/\d{4}/.test(l.right ?? '') ? '' : (l.right ?? '')}`;
          for (const w of text
            .toLowerCase()
            .split(/[^a-z]+/)
            .filter((x) => x.length > 1))
            expect(haystack).toContain(w);
        }
      }),
      { numRuns: 300 },
    );
  });
});
