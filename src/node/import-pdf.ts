import type { PdfItem, PdfPage } from '../core/import/pdf-layout';
import { PDF_LIMITS, pageOverBudget, type PdfLimits } from './pdf-budget';

/**
 * How pdf.js opens an imported PDF. maxImageSize 0: every image is dropped from the operator list before it is
 * decoded (pdf.js otherwise goes on decoding pictures in the background after getOperatorList returns); we read text.
 */
export const PDF_READ_OPTIONS = {
  isEvalSupported: false,
  useSystemFonts: false,
  verbosity: 0,
  maxImageSize: 0,
} as const;

/** Pages past this are not a resume; reading stops there and the caller says so. */
export const MAX_PDF_PAGES = 20;

export type ReadPdfResult = { ok: true; pages: PdfPage[]; pageCount: number } | { ok: false; error: string };

/**
 * PDF bytes -> positioned, styled text items per page (pdfjs-dist). Lives in src/node because pdfjs's Node build
 * reaches for node:fs (standard font data) and a worker. Bold and italic come from the embedded font's name.
 */
export async function readPdfItems(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<ReadPdfResult> {
  const { getDocument, InvalidPDFException } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // pdfjs takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
    doc = await getDocument({ data: bytes.slice(), ...PDF_READ_OPTIONS }).promise;
  } catch (e) {
    // pdfjs does not export PasswordException: recognize it by name.
    if ((e as { name?: string }).name === 'PasswordException')
      return {
        ok: false,
        error: 'the PDF is password-protected; remove the password (print it to a new PDF) and import that',
      };
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
      // Text is streamed and counted as pdf.js extracts it; a page over its budget stops pdf.js there.
      const content = await pageText(page, n, limits);
      if (!content.ok) return content;
      // Fonts are loaded by the operator list; only then does commonObjs know each font's real name.
      const operators = (await page.getOperatorList()).fnArray.length;
      const over = pageOverBudget(n, { operators }, limits);
      if (over) return { ok: false, error: over };
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
        const text = cleanItemText(raw.str);
        items.push({
          text,
          x,
          y,
          width: raw.width,
          size: Math.hypot(a, b) || raw.height,
          ...(style.bold ? { bold: true } : {}),
          ...(style.italic ? { italic: true } : {}),
        });
      }
      const linked = attachLinks(items, await page.getAnnotations());
      pages.push({
        width: (view[2] ?? 612) - (view[0] ?? 0),
        height: (view[3] ?? 792) - (view[1] ?? 0),
        items: linked,
      });
      page.cleanup();
    }
    return { ok: true, pages, pageCount: doc.numPages };
  } catch (e) {
    return { ok: false, error: `the PDF cannot be read (${e instanceof Error ? e.message : String(e)})` };
  } finally {
    await doc.destroy();
  }
}

type TextItem = { str: string; transform: unknown[]; fontName: string; width: number; height: number } | object;

async function pageText(
  page: { streamTextContent(): ReadableStream<{ items: TextItem[] }> },
  n: number,
  limits: PdfLimits,
): Promise<{ ok: true; items: TextItem[] } | { ok: false; error: string }> {
  const reader = page.streamTextContent().getReader();
  const items: TextItem[] = [];
  let chars = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { ok: true, items };
    for (const it of value.items) {
      items.push(it);
      if ('str' in it) chars += it.str.length;
    }
    const over = pageOverBudget(n, { items: items.length, chars }, limits);
    if (over) {
      // pdf.js insists on an Error as the reason; without one its cancel throws and the page never settles.
      await reader.cancel(new Error(over)).catch(() => undefined);
      return { ok: false, error: over };
    }
  }
}

/**
 * A link annotation's address goes to the text under its rectangle, so "GitHub" keeps its URL. One item can hold a
 * whole contact line: the part under the rectangle is split off, by width, at word boundaries.
 */
function attachLinks(items: PdfItem[], annotations: unknown[]): PdfItem[] {
  let out = items;
  for (const a of annotations as { subtype?: string; url?: string; rect?: number[] }[]) {
    if (a.subtype !== 'Link' || !a.url || !a.rect) continue;
    const [ax1 = 0, ay1 = 0, ax2 = 0, ay2 = 0] = a.rect;
    const [left, right, bottom, top] = [Math.min(ax1, ax2), Math.max(ax1, ax2), Math.min(ay1, ay2), Math.max(ay1, ay2)];
    // pdfjs normalizes "https://x.dev" to "https://x.dev/"; the person wrote it without the slash.
    const url = a.url.replace(/^(https?:\/\/[^/?#]+)\/$/i, '$1');
    out = out.flatMap((it) => {
      const cy = it.y + it.size * 0.3;
      if (
        !/[\p{L}\p{N}]/u.test(it.text) ||
        cy < bottom ||
        cy > top ||
        it.x + it.width <= left ||
        it.x >= right ||
        it.width <= 0
      )
        return [it];
      const perChar = it.width / it.text.length;
      let from = Math.max(0, Math.round((left - it.x) / perChar));
      let to = Math.min(it.text.length, Math.round((right - it.x) / perChar));
      // Snap to the words the rectangle covers.
      while (from > 0 && /\S/.test(it.text[from - 1] ?? '')) from--;
      while (to < it.text.length && /\S/.test(it.text[to] ?? '')) to++;
      // Rectangles run over the separators around a link ("Portfolio · LinkedIn"): those stay plain text.
      while (from < to && /[\s·•|,;]/.test(it.text[from] ?? '')) from++;
      while (to > from && /[\s·•|,;]/.test(it.text[to - 1] ?? '')) to--;
      if (from >= to) return [it];
      const part = (s: number, e: number, href?: string): PdfItem[] =>
        e > s
          ? [
              {
                ...it,
                text: it.text.slice(s, e),
                x: it.x + s * perChar,
                width: (e - s) * perChar,
                ...(href ? { href } : {}),
              },
            ]
          : [];
      return [...part(0, from), ...part(from, to, url), ...part(to, it.text.length)];
    });
  }
  return out;
}

/** "ABCDEF+SourceSerif4-SemiBold" is bold; pdfjs's own flags cover fonts whose names say nothing. */
function fontStyle(
  objs: { has(id: string): boolean; get(id: string): unknown },
  id: string,
): { bold: boolean; italic: boolean } {
  if (!objs.has(id)) return { bold: false, italic: false };
  const font = objs.get(id) as { name?: string; bold?: boolean; italic?: boolean; black?: boolean } | null;
  const name = (font?.name ?? '').replace(/^[A-Z]{6}\+/, '');
  // TeX's own fonts say their shape in a code: CMBX10 and SFBX1095 are bold extended, CMTI10 and SFSL1095 italic
  // and slanted (moderncv, Jake's Resume and most pdflatex resumes use them).
  const tex = /^(?:CM|SF|EC|TC)([A-Z]+)\d+$/.exec(name)?.[1] ?? '';
  const bold =
    !!font?.bold || !!font?.black || /bold|semibold|demi|heavy|black|[-,]sb\b/i.test(name) || /BX|^B|SSDC/.test(tex);
  const italic = !!font?.italic || /italic|oblique|[-,]it\b/i.test(name) || /TI|SL|SO|BI|SS?I$|^I/.test(tex);
  return { bold, italic };
}

/**
 * Ligature glyphs ("ﬁ") become letters. pdflatex's T1 (Cork) fonts without a ToUnicode map come out as control
 * characters at their Cork slots: 0x15 is the en dash of "2019 -- 2021", 0x1B-0x1F the ff/fi/fl/ffi/ffl
 * ligatures, 0x10-0x14 quotes; no text uses those code points. LuaTeX writes "-" in words and dates as a soft
 * hyphen: inside an item it is a printed hyphen; only at an item's end (a line broken in a word) does it go.
 */
export function cleanItemText(raw: string): string {
  return raw
    .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
    .replace(/[\u0010-\u0016\u001b-\u001f]/g, (c) => CORK[c] ?? c)
    .replace(/\u00ad(?=\s*$)/g, '')
    .replace(/[\u00ad\u2010\u2011]/g, '-');
}

const CORK: Record<string, string> = {
  '\u0010': '\u201c',
  '\u0011': '\u201d',
  '\u0012': '\u201e',
  '\u0013': '\u00ab',
  '\u0014': '\u00bb',
  '\u0015': '\u2013',
  '\u0016': '\u2014',
  '\u001b': 'ff',
  '\u001c': 'fi',
  '\u001d': 'fl',
  '\u001e': 'ffi',
  '\u001f': 'ffl',
};
