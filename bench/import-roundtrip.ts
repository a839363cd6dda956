/**
 * `npm run eval:import`. First the foreign corpus (other tools' layouts, scored against answer keys, beside the
 * OpenResume baseline; `--misses` lists what was missed), then the round trip of the importer: export the master with every template to DOCX and PDF (the real `tailor export`),
 * import each file back and count the fields that came back exactly. Run: `npx tsx bench/import-roundtrip.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPARED_FIELDS, compareImport } from '../src/core/import/compare-import';
import type { Resume } from '../src/core/resume/schema';
import { validateResume } from '../src/core/resume/validate-resume';
import { importDocument } from '../src/node/import-document';
import { foreignRows } from './import-foreign';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The fixture person, not the user's own resume-data/ (the app saves over that).
const MASTER = path.join(ROOT, 'tests', 'fixtures', 'resumes', 'fixture-master.json');
// Beside it, an invented nurse with every field the model has: headline, location, descriptions, awards, references.
const FULL = path.join(ROOT, 'tests', 'fixtures', 'render', 'full-fields.json');
// And a long one: tech lines under jobs, a contact line that wraps, bullets that wrap across a page break.
const LONG = path.join(ROOT, 'tests', 'fixtures', 'render', 'long-resume.json');
const resumes = [MASTER, FULL, LONG].map((file) => ({
  file,
  name: path.basename(file, '.json'),
  resume: parsed(file),
}));
function parsed(file: string): Resume {
  const v = validateResume(JSON.parse(readFileSync(file, 'utf8')));
  if (!v.ok) throw new Error(`${file} is not a valid resume`);
  return v.resume;
}
const templates = readdirSync(path.join(ROOT, 'templates'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const dir = mkdtempSync(path.join(tmpdir(), 'tailor-roundtrip-'));
const verbose = process.argv.includes('--misses');

const foreign = await foreignRows(path.join(ROOT, 'tests', 'fixtures', 'foreign'), verbose);
printTable(foreign.rows);
console.log('');

const rows: string[][] = [['resume', 'template', 'format', ...COMPARED_FIELDS]];
try {
  for (const { file, name, resume: master } of resumes)
    for (const template of templates) {
      for (const format of ['docx', 'pdf'] as const) {
        const out = path.join(dir, `${name}-${template}.${format}`);
        execFileSync(
          process.execPath,
          [
            path.join(ROOT, 'bin', 'tailor.mjs'),
            'export',
            '--resume',
            file,
            '--template',
            template,
            '--format',
            format,
            '--out',
            out,
          ],
          { stdio: 'pipe' },
        );
        const r = await importDocument(new Uint8Array(readFileSync(out)), format);
        if (!r.ok) {
          rows.push([name, template, format, `import failed: ${r.error}`]);
          continue;
        }
        const c = compareImport(master, r.resume);
        rows.push([
          name,
          template,
          format,
          ...COMPARED_FIELDS.map((f) => (c.fields[f].total ? `${c.fields[f].exact}/${c.fields[f].total}` : '-')),
        ]);
        if (verbose) for (const m of c.misses) console.log(`${name}-${template}.${format}: ${m}`);
      }
    }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
printTable(rows);

function printTable(table: string[][]): void {
  const widths = (table[0] ?? []).map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
}
