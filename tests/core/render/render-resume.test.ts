import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { prepareRender, renderPdf } from '../../../src/core/render/render-resume';
import { Template } from '../../../src/core/render/template-schema';
import { Resume } from '../../../src/core/resume/schema';
import { loadResume, loadTemplateAndFonts, MASTER_FILE, norm, pdftotext, tmp, writeTmp } from './render-fixtures';

const dir = tmp('render');
const master = loadResume(MASTER_FILE);

describe('a template is data: its settings change the document, not the code', () => {
  it('puts dates after the title when dateAlign is inline, and keeps headings as written', async () => {
    const { template, fonts } = await loadTemplateAndFonts('modern');
    const t = Template.parse({
      ...template,
      dateAlign: 'inline',
      heading: { ...template.heading, case: 'as-written', rule: false },
    });
    const r = await renderPdf({ resume: master, template: t, fonts });
    const text = norm(pdftotext(writeTmp(dir, 'inline.pdf', r.bytes), []));
    expect(text).toContain('Inference Engineer | Mar 2024 – Oct 2025');
    expect(text).toContain('OPEN-SOURCE & SYSTEMS PROJECTS');
  });

  it('lays out an A4 and a Letter page at their sizes', async () => {
    const { template, fonts } = await loadTemplateAndFonts('classic');
    for (const size of ['a4', 'letter'] as const) {
      const t = Template.parse({ ...template, page: { ...template.page, size } });
      const r = await renderPdf({ resume: master, template: t, fonts });
      const info = writeTmp(dir, `${size}.pdf`, r.bytes);
      expect(execFileSync('pdfinfo', [info], { encoding: 'utf8' })).toMatch(
        size === 'a4' ? /Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/ : /Page size:\s+612 x 792 pts \(letter\)/,
      );
    }
  });

  it('gives the live preview the same page count as the export, without writing a PDF', async () => {
    const { template, fonts } = await loadTemplateAndFonts('compact');
    for (const pages of [undefined, 1]) {
      const p = prepareRender({ resume: master, template, fonts, ...(pages ? { pages } : {}) });
      const r = await renderPdf({ resume: master, template, fonts, ...(pages ? { pages } : {}) });
      expect(p.layout.pages.length).toBe(r.pageCount);
    }
  });
});

describe('characters a template font lacks', () => {
  const withSymbols = (text: string) =>
    Resume.parse({
      schemaVersion: 1,
      basics: { name: 'Test Person' },
      sections: [
        {
          id: 's',
          kind: 'custom',
          title: 'Work',
          entries: [{ id: 'e', title: 'Role', bullets: [{ id: 'b', text: [{ text }] }] }],
        },
      ],
    });

  it('draws a stand-in in the PDF and says which, when the font has no glyph (Lato has no ₹ or →)', async () => {
    const { template, fonts } = await loadTemplateAndFonts('compact');
    const r = await renderPdf({ resume: withSymbols('Cut cost by ₹5 lakh → 40% faster'), template, fonts });
    expect(norm(pdftotext(writeTmp(dir, 'lato-symbols.pdf', r.bytes), []))).toContain(
      'Cut cost by Rs.5 lakh -> 40% faster',
    );
    expect(r.missingCharacters).toEqual([
      { char: '₹', replacement: 'Rs.' },
      { char: '→', replacement: '->' },
    ]);
  });

  it('keeps them when the font has them (Source Serif 4 has ₹ and →)', async () => {
    const { template, fonts } = await loadTemplateAndFonts('classic');
    const r = await renderPdf({ resume: withSymbols('Cut cost by ₹5 lakh → 40% faster'), template, fonts });
    expect(norm(pdftotext(writeTmp(dir, 'serif-symbols.pdf', r.bytes), []))).toContain(
      'Cut cost by ₹5 lakh → 40% faster',
    );
    expect(r.missingCharacters).toEqual([]);
  });
});
