import type { VariantSummary } from './variant-summary';

/** The tracker's columns, in order; the header row uses these names. */
const COLUMNS: [string, (s: VariantSummary) => string | number | null][] = [
  ['id', (s) => s.id],
  ['company', (s) => s.company],
  ['role', (s) => s.role],
  ['status', (s) => s.status],
  ['status since', (s) => s.statusSince],
  ['applied', (s) => s.appliedAt],
  ['match rate', (s) => s.matchRate],
  ['location', (s) => s.location],
  ['salary', (s) => s.salary],
  ['contact', (s) => s.contact],
  ['next step', (s) => s.nextStep],
  ['next step due', (s) => s.nextStepDue],
  ['job url', (s) => s.postingUrl],
  ['exports', (s) => s.exports],
  ['last export', (s) => s.lastExportAt],
  ['created', (s) => s.createdAt],
  ['updated', (s) => s.updatedAt],
];

/**
 * A spreadsheet opening the file runs a cell that starts with = + - @ (or a tab/CR that hides one) as a formula:
 * a company name like "=HYPERLINK(…)" pasted from a posting must stay text, so such a cell gets a leading quote.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header row, CRLF between records, fields quoted only when they must be. */
export function trackerCsv(rows: readonly VariantSummary[]): string {
  const lines = [COLUMNS.map(([name]) => csvCell(name)).join(',')];
  for (const r of rows) lines.push(COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
