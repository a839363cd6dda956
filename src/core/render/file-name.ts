/**
 * File names that every desktop system accepts. Windows is the strictest: no < > : " / \ | ? *, no control
 * characters, no trailing dot or space, and no device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9) even with an
 * extension. A leading dot would hide the file on macOS and Linux. 120 characters leaves room for a long folder
 * path inside Windows' 260-character limit, and is well inside the 255 bytes most file systems allow.
 */
const MAX_LENGTH = 120;
/** Most file systems allow 255 bytes per name; 240 leaves room for a " (2)" a browser or dialog may add. */
const MAX_BYTES = 240;

const utf8 = new TextEncoder();

/**
 * The longest start of `s` within `maxChars` characters and `maxBytes` UTF-8 bytes, cut between graphemes: never
 * inside a surrogate pair, an accent and its letter, or an emoji sequence. CJK text (3 bytes a character) is what
 * the byte limit is for.
 */
export function cutAtGraphemes(s: string, maxChars: number, maxBytes: number): string {
  if (s.length <= maxChars && utf8.encode(s).length <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)) {
    const b = utf8.encode(segment).length;
    if (out.length + segment.length > maxChars || bytes + b > maxBytes) break;
    out += segment;
    bytes += b;
  }
  return out;
}
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

export function sanitizeFileName(name: string, fallback = 'Resume'): string {
  let s = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!s) s = fallback;
  const stem = s.split('.')[0] ?? s;
  if (RESERVED.test(stem.trim())) s = `_${s}`;
  s = cutAtGraphemes(s, MAX_LENGTH, MAX_BYTES).replace(/[.\s]+$/, '');
  return s || fallback;
}

export type ExportFormat = 'pdf' | 'docx' | 'png';

/** "Name - Company - Role.pdf", leaving out what is not known, made safe for any file system. */
export function defaultExportFileName(
  name: string,
  format: ExportFormat,
  meta: { company?: string | undefined; role?: string | undefined } = {},
): string {
  const parts = [name, meta.company, meta.role].map((p) => p?.trim()).filter((p): p is string => !!p);
  const ext = `.${format}`;
  const stem = sanitizeFileName(parts.join(' - '));
  const cut = cutAtGraphemes(stem, MAX_LENGTH - ext.length, MAX_BYTES - ext.length).replace(/[.\s]+$/, '');
  return `${cut || 'Resume'}${ext}`;
}
