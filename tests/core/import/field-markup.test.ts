import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulletText, stripMarkup, takeLinks } from '../../../src/core/import/field-markup';
import { importText } from '../../../src/core/import/import-text';
import { recognizeResume } from '../../../src/core/import/recognize-structure';
import { plainText } from '../../../src/core/resume/rich-text';
import type { Resume } from '../../../src/core/resume/schema';

/** Every string value of the resume, except link addresses (which are allowed their own punctuation). */
function fieldTexts(r: Resume): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string') {
      if (key !== 'url' && key !== 'id') out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(r);
  return out;
}

const MARKER = /\*\*|__|`|\]\(|\[[^\]]*\]/;

describe('markup in fields', () => {
  it('strips emphasis, code and link syntax, and hands back the link', () => {
    expect(stripMarkup('**Senior Engineer**')).toBe('Senior Engineer');
    expect(stripMarkup('__Charge Nurse__, *Oslo Hospital*')).toBe('Charge Nurse, Oslo Hospital');
    expect(stripMarkup('`kubectl` operator')).toBe('kubectl operator');
    expect(stripMarkup('**Senior Engineer')).toBe('Senior Engineer');
    expect(takeLinks('[Acme Corp](https://acme.example.com)')).toEqual({
      text: 'Acme Corp',
      links: [{ label: 'Acme Corp', url: 'https://acme.example.com' }],
    });
    // A Python identifier is not bold.
    expect(stripMarkup('__init__ hooks')).toBe('__init__ hooks');
  });

  it('keeps a bullet bold where the person made it bold, whichever marker they used', () => {
    expect(bulletText('Cut cost by __40%__ with `terraform` and [Atlas](https://atlas.example.org)')).toEqual({
      text: [{ text: 'Cut cost by ' }, { text: '40%', bold: true }, { text: ' with terraform and Atlas' }],
      links: [{ label: 'Atlas', url: 'https://atlas.example.org' }],
    });
  });

  it('leaves no marker in name, contacts, titles, organizations, bullets or skills', () => {
    const r = importText(
      [
        '**[Ines Alvarez](https://ines.example.com)**',
        '**Email:** [ines@example.org](mailto:ines@example.org) | **Phone:** `+34 600 123 456`',
        '',
        '## Experience',
        '',
        '**__Staff Nurse__** | [Hospital del Mar](https://hdm.example.org) | Jan 2020 – Present',
        '- Led **triage** for a `12-bed` unit; see [audit](https://x.example.org/a)',
        '',
        '## Skills',
        '',
        '**Clinical:** `IV therapy`, [Wound care](https://w.example.org), __Triage__',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(r.error);
    const { basics, sections, skills } = r.resume;
    expect(basics).toMatchObject({ name: 'Ines Alvarez', email: 'ines@example.org', phone: '+34 600 123 456' });
    expect(basics.links).toEqual([{ label: 'Ines Alvarez', url: 'https://ines.example.com' }]);
    const job = sections[0]?.entries[0];
    expect(job).toMatchObject({ title: 'Staff Nurse', organization: 'Hospital del Mar', start: '2020-01' });
    expect(job?.links).toEqual([
      { label: 'Hospital del Mar', url: 'https://hdm.example.org' },
      { label: 'audit', url: 'https://x.example.org/a' },
    ]);
    expect(plainText(job?.bullets[0]?.text ?? [])).toBe('Led triage for a 12-bed unit; see audit');
    expect(skills[0]).toMatchObject({ label: 'Clinical', items: ['IV therapy', 'Wound care', 'Triage'] });
    for (const t of fieldTexts(r.resume)) expect(t).not.toMatch(MARKER);
  });

  it('any markup around any words: no marker is left in a field, and no word is silently dropped (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{1,8}$/);
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const marked = fc.oneof(
      words,
      words.map((w) => `**${w}**`),
      words.map((w) => `__${w.replace(/^./, (c) => c.toUpperCase())}__`),
      words.map((w) => `*${w}*`),
      words.map((w) => `\`${w}\``),
      fc.tuple(words, word).map(([w, h]) => `[${w}](https://${h.toLowerCase()}.example.com)`),
    );
    const field = fc.array(marked, { minLength: 1, maxLength: 3 }).map((p) => p.join(' '));
    const line = fc.oneof(
      field,
      field.map((f) => `- ${f}`),
      fc.tuple(field, field).map(([a, b]) => `${a} | ${b} | 2019 – 2021`),
      fc.constantFrom('## Experience', '## Skills', '## Projects'),
    );
    fc.assert(
      fc.property(field, fc.array(line, { minLength: 1, maxLength: 12 }), (name, lines) => {
        const r = importText([name, ...lines].join('\n'));
        if (!r.ok) return;
        for (const t of fieldTexts(r.resume)) expect(t, t).not.toMatch(MARKER);
        const haystack = [
          JSON.stringify(r.resume),
          ...r.resume.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => plainText(b.text)))),
          ...r.warnings.map((w) => `${w.line} ${w.reason}`),
        ]
          .join(' ')
          .toLowerCase();
        for (const l of [name, ...lines])
          for (const w of l
            .toLowerCase()
            .split(/[^a-z0-9]+/)
            .filter((x) => x.length > 1))
            expect(haystack, `${w} of ${l}`).toContain(w);
      }),
      { numRuns: 300 },
    );
  });

  it('reads styled lines from a document the same way', () => {
    const r = recognizeResume([
      { text: '**Noor Haddad**', lineNo: 1 },
      { text: '[noor@example.net](mailto:noor@example.net) | +44 20 7946 0000', lineNo: 2 },
      { text: 'Experience', lineNo: 3, role: 'heading' },
      { text: '**[Northwind Traders](https://nw.example.com)**', lineNo: 4, right: '2018 – 2022' },
      { text: '*Senior Accountant*', lineNo: 5 },
      { text: 'Closed the books in **3 days**', lineNo: 6, role: 'bullet' },
    ]);
    if (!r.ok) throw new Error(r.error);
    expect(r.resume.basics).toMatchObject({ name: 'Noor Haddad', email: 'noor@example.net' });
    expect(r.resume.sections[0]?.entries[0]).toMatchObject({
      title: 'Senior Accountant',
      organization: 'Northwind Traders',
      links: [{ label: 'Northwind Traders', url: 'https://nw.example.com' }],
    });
  });
});
