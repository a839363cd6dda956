import { describe, expect, it } from 'vitest';
import { prepareRender, renderPdf } from '../../../src/core/render/render-resume';
import {
  FULL_FILE,
  loadResume,
  loadTemplateAndFonts,
  LONG_FILE,
  MASTER_FILE,
  pdfPages,
  tmp,
  writeTmp,
} from './render-fixtures';

const dir = tmp('fit');

describe('fit to N pages', () => {
  it('fits a full one-page resume on one page with the compact template, and pdfinfo agrees', async () => {
    const { template, fonts } = await loadTemplateAndFonts('compact');
    const resume = loadResume(FULL_FILE);
    const natural = prepareRender({ resume, template, fonts });
    const r = await renderPdf({ resume, template, fonts, pages: 1 });
    expect(r.fit.fits).toBe(true);
    expect(r.pageCount).toBe(1);
    expect(pdfPages(writeTmp(dir, 'master-compact.pdf', r.bytes))).toBe(1);
    // It only shrinks when it has to, and never past the template's bounds.
    if (natural.layout.pages.length > 1) expect(r.fit.scale.spacing < 1 || r.fit.scale.font < 1).toBe(true);
    expect(r.fit.scale.spacing).toBeGreaterThanOrEqual(template.fit.minSpacingScale - 1e-9);
    expect(r.fit.bodySize).toBeGreaterThanOrEqual(template.fit.minBodySize - 1e-9);
    expect(r.fit.message).toMatch(/^1 page/);
  });

  it('leaves a document that already fits untouched', async () => {
    const { template, fonts } = await loadTemplateAndFonts('classic');
    const r = prepareRender({ resume: loadResume(MASTER_FILE), template, fonts, pages: 5 });
    expect(r.fit).toMatchObject({ fits: true, scale: { spacing: 1, font: 1 }, bodySize: template.sizes.body });
  });

  it('says when it cannot fit, how far over it is, and still reports the true page count', async () => {
    const { template, fonts } = await loadTemplateAndFonts('classic');
    const r = await renderPdf({ resume: loadResume(LONG_FILE), template, fonts, pages: 1 });
    expect(r.fit.fits).toBe(false);
    expect(r.fit.overflowLines).toBeGreaterThan(20);
    expect(r.fit.message).toMatch(/^does not fit on 1 page: .* it needs \d+ pages, about \d+ lines too many/);
    expect(r.fit.scale.spacing).toBe(template.fit.minSpacingScale);
    expect(r.fit.bodySize).toBe(template.fit.minBodySize);
    expect(r.pageCount).toBe(pdfPages(writeTmp(dir, 'long-classic.pdf', r.bytes)));
  });

  it('fits the long resume to as many pages as asked when it can, with page counts pdfinfo confirms', async () => {
    for (const name of ['classic', 'modern', 'compact']) {
      const { template, fonts } = await loadTemplateAndFonts(name);
      const resume = loadResume(LONG_FILE);
      const natural = prepareRender({ resume, template, fonts }).layout.pages.length;
      const r = await renderPdf({ resume, template, fonts, pages: natural - 1 });
      expect(r.pageCount, name).toBe(pdfPages(writeTmp(dir, `long-${name}-fit.pdf`, r.bytes)));
      if (r.fit.fits) expect(r.pageCount, name).toBeLessThanOrEqual(natural - 1);
      else expect(r.fit.message, name).toContain('does not fit');
    }
  });
});
