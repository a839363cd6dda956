/**
 * The foreign-resume corpus (tests/fixtures/foreign: layouts made by TeX Live, LibreOffice and Chromium) read by
 * our importer and, in the same process, by the OpenResume baseline; each scored against its hand-written answer key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AnswerKey, resumeToParsed, scoreAgainstKey, type KeyScore } from '../src/core/import/answer-key';
import { importDocument } from '../src/node/import-document';
import { readPdfItems } from '../src/node/import-pdf';
import { openResumeParse } from './openresume-baseline';

const MEASURES = ['entries', 'bulletsInPlace', 'bulletsAnywhere', 'contacts', 'dates'] as const;
const HEADERS = ['entries', 'bullets in place', 'bullets anywhere', 'contacts', 'dates'];

type Tally = Record<(typeof MEASURES)[number], { right: number; total: number }> & { refused: number; files: number };

function emptyTally(): Tally {
  return {
    entries: { right: 0, total: 0 },
    bulletsInPlace: { right: 0, total: 0 },
    bulletsAnywhere: { right: 0, total: 0 },
    contacts: { right: 0, total: 0 },
    dates: { right: 0, total: 0 },
    refused: 0,
    files: 0,
  };
}

function add(t: Tally, s: KeyScore | null): void {
  t.files++;
  if (!s) {
    t.refused++;
    return;
  }
  for (const m of MEASURES) {
    t[m].right += s[m].right;
    t[m].total += s[m].total;
  }
}

const pct = (x: { right: number; total: number }) => (x.total ? (x.right / x.total).toFixed(2) : '-');

export async function foreignRows(dir: string, verbose: boolean): Promise<{ rows: string[][]; pooled: Tally }> {
  const rows: string[][] = [['file', 'parser', ...HEADERS, 'refused']];
  const ours = emptyTally();
  const base = emptyTally();
  const keys = readdirSync(path.join(dir, 'keys'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const k of keys) {
    const key = AnswerKey.parse(JSON.parse(readFileSync(path.join(dir, 'keys', k), 'utf8')));
    for (const file of key.files) {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      const type = file.endsWith('.docx') ? 'docx' : 'pdf';
      const r = await importDocument(bytes, type);
      const s = r.ok ? scoreAgainstKey(key, resumeToParsed(r.resume)) : null;
      add(ours, s);
      rows.push([file, 'tailor', ...MEASURES.map((m) => (s ? pct(s[m]) : '-')), r.ok ? '' : `refused: ${r.error}`]);
      if (verbose && s) for (const m of s.misses) console.log(`  ${file}: ${m}`);
      if (type !== 'pdf') {
        rows.push([file, 'openresume', ...MEASURES.map(() => 'n/a'), 'reads PDF only']);
        continue;
      }
      const items = await readPdfItems(bytes);
      const b = items.ok ? scoreAgainstKey(key, openResumeParse(items.pages)) : null;
      add(base, b);
      rows.push([file, 'openresume', ...MEASURES.map((m) => (b ? pct(b[m]) : '-')), b ? '' : 'refused']);
    }
  }
  rows.push(['POOLED', 'tailor', ...MEASURES.map((m) => pct(ours[m])), `${ours.refused}/${ours.files}`]);
  rows.push(['POOLED (PDF)', 'openresume', ...MEASURES.map((m) => pct(base[m])), `${base.refused}/${base.files}`]);
  return { rows, pooled: ours };
}
