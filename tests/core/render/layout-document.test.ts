import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareRender, renderPdf } from '../../../src/core/render/render-resume';
import { Resume, type ResumeInput } from '../../../src/core/resume/schema';
import { loadTemplateAndFonts, templateNames } from './render-fixtures';

const templates = await Promise.all((await templateNames()).map((n) => loadTemplateAndFonts(n)));
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0);
const run = fc.record({ text, bold: fc.boolean(), italic: fc.boolean() });

const resumeArb = fc
  .record({
    name: text,
    title: fc.string({ maxLength: 200 }),
    org: fc.option(text, { nil: undefined }),
    tech: fc.array(text, { maxLength: 4 }),
    bullets: fc.array(fc.array(run, { minLength: 1, maxLength: 4 }), { maxLength: 12 }),
    kind: fc.constantFrom('experience', 'projects', 'publications', 'education', 'custom' as const),
    url: fc.option(fc.webUrl(), { nil: undefined }),
    desc: fc.option(text, { nil: undefined }),
  })
  .map((r): ResumeInput => ({
    schemaVersion: 1,
    basics: { name: r.name, links: [{ label: 'Site', ...(r.url ? { url: r.url } : {}) }] },
    skills: [{ id: 'sk', label: 'Tools', items: r.tech.length ? r.tech : ['Go'] }],
    sections: [
      { id: 'skills', kind: 'skills', title: 'Skills', entries: [] },
      {
        id: 's1',
        kind: r.kind,
        title: 'Work',
        entries: [
          {
            id: 'e1',
            title: r.title,
            ...(r.org ? { organization: r.org } : {}),
            start: '2020-01',
            end: 'present',
            tech: r.tech,
            ...(r.desc ? { summary: r.desc } : {}),
            links: [],
            bullets: r.bullets.map((b, i) => ({ id: `b${i}`, text: b })),
          },
        ],
      },
    ],
  }));

describe('any valid resume lays out, in every template', () => {
  it('never throws, keeps every line inside the margins and on the page', () => {
    fc.assert(
      fc.property(
        resumeArb,
        fc.nat({ max: templates.length - 1 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        (input, ti, pages) => {
          const resume = Resume.parse(input);
          const { template, fonts } = templates[ti]!;
          const p = prepareRender({ resume, template, fonts, ...(pages ? { pages } : {}) });
          expect(p.layout.pages.length).toBeGreaterThanOrEqual(1);
          const m = p.template.page.margins;
          const right = (p.template.page.size === 'a4' ? 595.28 : 612) - m.right;
          for (const page of p.layout.pages)
            for (const tx of page.texts) {
              expect(tx.x).toBeGreaterThanOrEqual(m.left - 0.01);
              expect(tx.x + tx.width).toBeLessThanOrEqual(right + 0.05);
            }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('never ends a page with a heading, nor breaks an entry with fewer than two of its lines on either page', () => {
    fc.assert(
      fc.property(resumeArb, fc.nat({ max: templates.length - 1 }), (input, ti) => {
        const resume = Resume.parse(input);
        const { template, fonts } = templates[ti]!;
        const p = prepareRender({ resume, template, fonts });
        const { boxes } = p;
        const pageHeight = p.layout.contentHeight;
        for (const start of p.layout.pageStarts.slice(1)) {
          const before = boxes[start - 1]!;
          expect(before.part).not.toBe('heading');
          const entry = boxes[start]!.entry;
          if (!entry || before.entry !== entry) continue;
          const own = boxes.filter((b) => b.entry === entry);
          // An entry taller than a page has to break somewhere; the rule is for the rest.
          if (own.reduce((h, b) => h + b.height, 0) > pageHeight * 0.8) continue;
          const at = own.indexOf(boxes[start]!);
          const lines = (bs: typeof own) => bs.reduce((n, b) => n + b.lines, 0);
          expect(lines(own.slice(0, at))).toBeGreaterThanOrEqual(2);
          expect(lines(own.slice(at))).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('writes a PDF for odd text (emoji, combining marks, right-to-left, control characters) without throwing', async () => {
    const { template, fonts } = templates[0]!;
    const odd = [
      'Ünïcödé ñ — “quotes”',
      'emoji 🚀 and ZWJ 👩‍💻',
      'عربي עברית',
      'tab\tand\u0007bell',
      'e\u0301 combining',
    ];
    const resume = Resume.parse({
      schemaVersion: 1,
      basics: { name: odd[0] },
      sections: [
        {
          id: 's',
          kind: 'custom',
          title: 'Odd',
          entries: [{ id: 'e', title: odd[1], bullets: odd.map((t, i) => ({ id: `b${i}`, text: [{ text: t }] })) }],
        },
      ],
    });
    const r = await renderPdf({ resume, template, fonts });
    expect(new TextDecoder().decode(r.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(r.pageCount).toBe(1);
  });
});
