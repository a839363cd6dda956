import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/core/render/render-resume';
import { loadResume, loadTemplateAndFonts, LONG_FILE, templateNames } from './render-fixtures';

/** A grey-scale raster of page 1 (PGM from pdftoppm): header, then one byte per pixel. */
function raster(pdf: Uint8Array): Buffer {
  return execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', '-singlefile', '-'], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('font subsetting loses no glyph (../shared/STACK.md: some subsetters blank glyphs silently)', () => {
  it('draws page 1 of every template pixel for pixel the same with subset and whole fonts, in every face', async () => {
    // The long resume uses all four faces: regular, bold, italic and bold in the skills labels and titles.
    const resume = loadResume(LONG_FILE);
    resume.sections[0]!.entries[0]!.bullets[0]!.text.push({ text: ' bold italic run', bold: true, italic: true });
    for (const name of await templateNames()) {
      const { template, fonts } = await loadTemplateAndFonts(name);
      const createdAt = new Date('2026-01-01T00:00:00Z');
      const sub = await renderPdf({ resume, template, fonts, createdAt, subset: true });
      const whole = await renderPdf({ resume, template, fonts, createdAt, subset: false });
      const a = raster(sub.bytes);
      const b = raster(whole.bytes);
      expect(a.length, name).toBe(b.length);
      const dark = [...a.subarray(a.length - 612 * 792 * 0.9)].filter((v) => v < 128).length;
      // The page has real ink on it (a blanked font would draw nothing in both only if both were broken).
      expect(dark, name).toBeGreaterThan(5000);
      let diff = 0;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
      expect(diff, `${name}: pixels differ between subset and whole fonts`).toBe(0);
      expect(sub.bytes.length, name).toBeLessThan(whole.bytes.length / 2);
    }
  });
});
