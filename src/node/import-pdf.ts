import type { PdfItem, PdfPage } from '../core/import/pdf-layout';

/** Pages past this are not a resume; reading stops there and the caller says so. */
export const MAX_PDF_PAGES = 20;

export type ReadPdfResult =
  | { ok: true; pages: PdfPage[]; pageCount: number }
  | { ok: false; error: string };

/**
 * PDF bytes -> positioned, styled text items per page (pdfjs-dist). Lives in src/node because pdfjs's Node build
 * reaches for node:fs (standard font data) and a worker. Bold and italic come from the embedded font's name.
 */
export async function readPdfItems(bytes: Uint8Array): Promise<ReadPdfResult> {
  const { getDocument, InvalidPDFException } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // pdfjs takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
    doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    // pdfjs does not export PasswordException: recognize it by name.
    if ((e as { name?: string }).name === 'PasswordException')
      return { ok: false, error: 'the PDF is password-protected; remove the password (print it to a new PDF) and import that' };
    if (e instanceof InvalidPDFException || (e as { name?: string }).name === 'InvalidPDFException')
      return { ok: false, error: 'the PDF is damaged and cannot be read' };
    return { ok: false, error: `the PDF cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  try {
    const pages: PdfPage[] = [];
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const view = page.view;
      const content = await page.getTextContent();
      // Fonts are loaded by the operator list; only then does commonObjs know each font's real name.
      await page.getOperatorList();
      const fonts = new Map<string, { bold: boolean; italic: boolean }>();
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a = 1, b = 0, , , x = 0, y = 0] = raw.transform as number[];
        let style = fonts.get(raw.fontName);
        if (!style) {
          style = fontStyle(page.commonObjs, raw.fontName);
          fonts.set(raw.fontName, style);
        }
        items.push({ text: raw.str, x, y, width: raw.width, size: Math.hypot(a, b) || raw.height, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) });
      }
      pages.push({ width: (view[2] ?? 612) - (view[0] ?? 0), height: (view[3] ?? 792) - (view[1] ?? 0), items });
      page.cleanup();
    }
    return { ok: true, pages, pageCount: doc.numPages };
  } catch (e) {
    return { ok: false, error: `the PDF cannot be read (${e instanceof Error ? e.message : String(e)})` };
  } finally {
    await doc.destroy();
  }
}

/** "ABCDEF+SourceSerif4-SemiBold" is bold; pdfjs's own flags cover fonts whose names say nothing. */
function fontStyle(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): { bold: boolean; italic: boolean } {
  if (!objs.has(id)) return { bold: false, italic: false };
  const font = objs.get(id) as { name?: string; bold?: boolean; italic?: boolean; black?: boolean } | null;
  const name = (font?.name ?? '').replace(/^[A-Z]{6}\+/, '');
  const bold = !!font?.bold || !!font?.black || /bold|semibold|demi|heavy|black|[-,]sb\b/i.test(name);
  const italic = !!font?.italic || /italic|oblique|[-,]it\b/i.test(name);
  return { bold, italic };
}
