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
  /**
   * Per page, counted by the reader as pdf.js works: text items and characters (a dense resume page has about 1,000
   * items and 6,000 characters), and drawing operations in pdf.js's operator list (a few thousand on a real page;
   * 4 MB of "0 0 m 1 1 l S" is over half a million).
   */
  pageItems: 20_000,
  pageChars: 200_000,
  pageOperators: 100_000,
};

export type PdfLimits = typeof PDF_LIMITS;

/** What a page holds past its budget, in words; null within it. */
export function pageOverBudget(
  page: number,
  counts: { items?: number; chars?: number; operators?: number },
  limits: PdfLimits = PDF_LIMITS,
): string | null {
  const over = (what: string, n: number, cap: number, real: string) =>
    `the PDF is not a resume-sized document: page ${page} has more than ${cap.toLocaleString('en')} ${what} (${real}), so it was not read`;
  if ((counts.items ?? 0) > limits.pageItems)
    return over('pieces of text', counts.items ?? 0, limits.pageItems, 'a resume page has about a thousand');
  if ((counts.chars ?? 0) > limits.pageChars)
    return over('characters of text', counts.chars ?? 0, limits.pageChars, 'a resume page has a few thousand');
  if ((counts.operators ?? 0) > limits.pageOperators)
    return over('drawing operations', counts.operators ?? 0, limits.pageOperators, 'a resume page has a few thousand');
  return null;
}

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
    const drawing = isDrawingStream(own);
    if (!/\/FlateDecode\b/.test(own)) {
      total += end - start;
      if (drawing && !/\/Filter\b/.test(own)) {
        const over = operatorsOver(buf.subarray(start, end), limits);
        if (over) return over;
      }
      continue;
    }
    const cap = Math.min(limits.streamBytes, limits.totalBytes - total);
    let size: number;
    let data: Buffer | null = null;
    try {
      data = inflateSync(buf.subarray(start, end), { maxOutputLength: cap + 1 });
      size = data.length;
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
    if (drawing && data) {
      const over = operatorsOver(data, limits);
      if (over) return over;
    }
  }
  return { ok: true };
}

/**
 * A page's content or a form: its dictionary has no type of its own (or is a Form XObject). Metadata, colour
 * profiles (/N), embedded files, object and cross-reference streams say what they are and hold no operators.
 */
function isDrawingStream(dict: string): boolean {
  if (/\/Subtype\s*\/Form\b/.test(dict)) return true;
  return !/\/(Type|Subtype|N)\b/.test(dict);
}

function operatorsOver(content: Buffer, limits: PdfLimits): PdfBudget | null {
  const n = countOperators(content, limits.pageOperators + 1);
  if (n <= limits.pageOperators) return null;
  return {
    ok: false,
    error: `the PDF is not a resume-sized document: one of its pages has more than ${limits.pageOperators.toLocaleString('en')} drawing operations (a resume page has a few thousand), so it was not read`,
  };
}

const isDelimiter = (c: number) =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x7b ||
  c === 0x7d ||
  c === 0x2f ||
  c === 0x25;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isOperatorStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x22;

/**
 * Counts the operators of a content stream the way its grammar reads (strings, hex strings, names, comments and
 * numbers are operands; a bare word is an operator), stopping at `stop`. About 10 ms a megabyte: pdf.js needs seconds
 * for the same half million operations, so the count comes first.
 */
export function countOperators(b: Buffer, stop = Infinity): number {
  let n = 0;
  let i = 0;
  const len = b.length;
  while (i < len && n < stop) {
    const c = b[i] as number;
    if (isSpace(c)) i++;
    else if (c === 0x25) {
      while (i < len && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      let depth = 0;
      for (; i < len; i++) {
        const d = b[i];
        if (d === 0x5c) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) break;
      }
      i++;
    } else if (c === 0x3c && b[i + 1] !== 0x3c) {
      while (i < len && b[i] !== 0x3e) i++;
      i++;
    } else if (c === 0x2f || !isOperatorStart(c)) {
      // A name, a number, or a delimiter such as [ ] << >>: an operand.
      i++;
      while (i < len && !isSpace(b[i] as number) && !isDelimiter(b[i] as number)) i++;
    } else {
      i++;
      while (i < len && !isSpace(b[i] as number) && !isDelimiter(b[i] as number)) i++;
      n++;
    }
  }
  return n;
}
