/**
 * File names that every desktop system accepts. Windows is the strictest: no < > : " / \ | ? *, no control
 * characters, no trailing dot or space, and no device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9) even with an
 * extension. A leading dot would hide the file on macOS and Linux. 120 characters leaves room for a long folder
 * path inside Windows' 260-character limit, and is well inside the 255 bytes most file systems allow.
 */
const MAX_LENGTH = 120;
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
  if (s.length > MAX_LENGTH)
    s = [...s]
      .slice(0, MAX_LENGTH)
      .join('')
      .replace(/[.\s]+$/, '');
  return s;
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
  return `${stem.slice(0, MAX_LENGTH - ext.length).replace(/[.\s]+$/, '')}${ext}`;
}
