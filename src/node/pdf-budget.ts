import { inflateSync } from 'node:zlib';
import { formatSize } from './bounded-read';

/**
 * What a resume PDF needs: a page's drawing instructions (its content stream: text, lines, the operators pdf.js
 * walks) are tens to a few hundred KB. A 184 KB file whose content stream unpacks to 60 MB kept pdf.js busy for a
 * minute; these numbers refuse it in milliseconds, before pdf.js sees it. Images and fonts are not counted: images
 * are never decoded (maxImageSize 0) and fonts are bounded by the file size.
 */
export const PDF_LIMITS = {
  /** Unpacked size of one stream of drawing instructions (a page's content, a form, an object stream). */
  streamBytes: 4 * 1024 * 1024,
  /** Unpacked size of all of them together. */
  totalBytes: 24 * 1024 * 1024,
  /** Text items per page, and characters per page, that the reader keeps. */
  pageItems: 20_000,
  pageChars: 200_000,
};

export type PdfBudget = { ok: true } | { ok: false; error: string };

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/**
 * Finds every stream in the raw file (no object parser: object streams, broken cross-references and page-tree
 * cycles cannot hide one) and unpacks each Flate stream with an output cap, so memory stays at the cap whatever the
 * stream claims. A stream whose dictionary says it is an image or a font is skipped.
 */
export function checkPdfBudget(bytes: Uint8Array, limits = PDF_LIMITS): PdfBudget {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let from = 0;
  for (;;) {
    const kw = buf.indexOf(STREAM, from);
    if (kw === -1) break;
    from = kw + STREAM.length;
    if (kw >= 3 && buf.toString('latin1', kw - 3, kw) === 'end') continue;
    let start = from;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) continue;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(END, start);
    if (end === -1) break;
    from = end + END.length;
    const dict = buf.toString('latin1', Math.max(0, kw - 2048), kw);
    const own = dict.slice(dict.lastIndexOf(' obj') + 1);
    if (/\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType)\b|\/Length[123]\b/.test(own)) continue;
    if (!/\/FlateDecode\b/.test(own)) {
      total += end - start;
      continue;
    }
    const cap = Math.min(limits.streamBytes, limits.totalBytes - total);
    let size: number;
    try {
      size = inflateSync(buf.subarray(start, end), { maxOutputLength: cap + 1 }).length;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') size = cap + 1;
      // Damaged or truncated data: pdf.js copes with that in its own way.
      else continue;
    }
    if (size > cap) {
      const what =
        cap < limits.streamBytes
          ? 'its drawing instructions together unpack'
          : 'one of its drawing-instruction streams unpacks';
      return {
        ok: false,
        error: `the PDF is not a resume-sized document: ${what} to more than ${formatSize(cap)} (a resume page needs a few hundred KB), so it was not read`,
      };
    }
    total += size;
  }
  return { ok: true };
}
