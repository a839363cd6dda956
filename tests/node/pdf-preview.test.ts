import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/core/render/render-resume';
import { renderPdfPagePng } from '../../src/node/pdf-preview';
import { loadResume, loadTemplateAndFonts, LONG_FILE } from '../core/render/render-fixtures';

const pngSize = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset);
  return { width: v.getUint32(16), height: v.getUint32(20) };
};

describe('PNG preview through pdftoppm', () => {
  it('draws any page at the asked resolution', async () => {
    const { template, fonts } = await loadTemplateAndFonts('modern');
    const pdf = await renderPdf({ resume: loadResume(LONG_FILE), template, fonts });
    const p2 = await renderPdfPagePng(pdf.bytes, { page: 2, dpi: 72 });
    expect(p2.ok).toBe(true);
    if (p2.ok) {
      expect(Buffer.from(p2.png.subarray(1, 4)).toString('latin1')).toBe('PNG');
      expect(pngSize(p2.png)).toEqual({ width: 596, height: 842 }); // A4 (595.28 × 841.89 pt) at 72 dpi, rounded up
    }
    const p1 = await renderPdfPagePng(pdf.bytes, { page: 1, dpi: 72 });
    expect(p1.ok && p2.ok && Buffer.compare(Buffer.from(p1.png), Buffer.from(p2.png)) !== 0).toBe(true);
  });

  it('says so when the page does not exist or the bytes are not a PDF', async () => {
    expect(await renderPdfPagePng(new TextEncoder().encode('not a pdf'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('pdftoppm could not draw page 1'),
    });
  });
});
