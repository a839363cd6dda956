import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPARED_FIELDS, compareImport, type ImportComparison } from '../../src/core/import/compare-import';
import type { Resume } from '../../src/core/resume/schema';
import mammoth from 'mammoth';
import { shortAddress } from '../../src/core/render/link-text';
import { validateResume } from '../../src/core/resume/validate-resume';
import { importDocument } from '../../src/node/import-document';
import { readPdfItems } from '../../src/node/import-pdf';
import { MASTER, ROOT, runCli } from '../support/run-cli';

/**
 * The importer's acceptance: export the master with every template to DOCX and PDF through the real
 * `tailor export`, import each file back, and compare with the master field by field.
 */
const master = JSON.parse(readFileSync(MASTER, 'utf8')) as Resume;
const templates = readdirSync(path.join(ROOT, 'templates'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const formats = ['docx', 'pdf'] as const;
const cases = templates.flatMap((template) => formats.map((format) => ({ template, format })));
const dir = mkdtempSync(path.join(tmpdir(), 'tailor-roundtrip-'));
const results = new Map<string, { comparison?: ImportComparison; error?: string }>();

beforeAll(async () => {
  // Two at a time: the machine has two cores and each export is its own process.
  for (let i = 0; i < cases.length; i += 2) {
    await Promise.all(
      cases.slice(i, i + 2).map(async ({ template, format }) => {
        const out = path.join(dir, `${template}.${format}`);
        const run = await runCli(['export', '--template', template, '--format', format, '--out', out]);
        if (run.code !== 0) {
          results.set(`${template}.${format}`, { error: `export failed: ${run.stderr.trim()}` });
          return;
        }
        const r = await importDocument(new Uint8Array(readFileSync(out)), format);
        results.set(
          `${template}.${format}`,
          r.ok ? { comparison: compareImport(master, r.resume) } : { error: r.error },
        );
      }),
    );
  }
  const rows = [['template', 'format', ...COMPARED_FIELDS]];
  for (const { template, format } of cases) {
    const r = results.get(`${template}.${format}`);
    const c = r?.comparison;
    rows.push([
      template,
      format,
      ...(c ? COMPARED_FIELDS.map((f) => `${c.fields[f].exact}/${c.fields[f].total}`) : [r?.error ?? 'missing']),
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log(
    `import round trip (fields back exactly / in the master)\n${rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).join('\n')}`,
  );
}, 240_000);

/** The master with an address on every link, as a person who filled them in would have it. */
function withUrls(r: Resume): Resume {
  const copy = structuredClone(r);
  copy.basics.links = copy.basics.links.map((l) => ({
    ...l,
    url: l.url ?? `https://example.dev/${l.label.toLowerCase()}`,
  }));
  for (const s of copy.sections)
    for (const e of s.entries)
      e.links = e.links.map((l) => ({ ...l, url: l.url ?? `https://example.dev/${e.id}/${l.label.toLowerCase()}` }));
  return copy;
}

describe('import round trip: every template, DOCX and PDF', () => {
  it('finds the templates to test', () => expect(templates.length).toBeGreaterThan(0));

  it.each(cases)(
    '$template.$format gives back every bullet with its bold spans, and every entry title',
    ({ template, format }) => {
      const r = results.get(`${template}.${format}`);
      expect(r?.error).toBeUndefined();
      const c = r?.comparison;
      expect(c?.fields.bullets.total).toBe(17);
      for (const f of ['bullets', 'boldSpans', 'titles'] as const)
        expect(c?.fields[f], `${f}: ${c?.misses.join('; ')}`).toMatchObject({ exact: c?.fields[f].total });
    },
  );

  it.each(cases)(
    '$template.$format keeps every link address (DOCX hyperlinks, PDF link annotations)',
    async ({ template, format }) => {
      const source = withUrls(master);
      const resumeFile = path.join(dir, `urls-${template}-${format}.json`);
      writeFileSync(resumeFile, JSON.stringify(source));
      const out = path.join(dir, `urls-${template}.${format}`);
      const run = await runCli([
        'export',
        '--resume',
        resumeFile,
        '--template',
        template,
        '--format',
        format,
        '--out',
        out,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const r = await importDocument(new Uint8Array(readFileSync(out)), format);
      if (!r.ok) throw new Error(r.error);
      expect(r.resume.basics.links).toEqual(source.basics.links);
      const c = compareImport(source, r.resume);
      expect(c.fields.links, c.misses.join('; ')).toEqual({ exact: 6, total: 6 });
    },
  );

  it.each(cases)(
    '$template.$format prints every link address as text, for a reader that ignores hyperlinks',
    async ({ template, format }) => {
      const bytes = readFileSync(path.join(dir, `${template}.${format}`));
      let text: string;
      if (format === 'pdf') {
        const r = await readPdfItems(new Uint8Array(bytes));
        if (!r.ok) throw new Error(r.error);
        text = r.pages.flatMap((p) => p.items.map((i) => i.text)).join('');
      } else text = (await mammoth.extractRawText({ buffer: bytes })).value;
      const links = [...master.basics.links, ...master.sections.flatMap((s) => s.entries.flatMap((e) => e.links))];
      const addresses = links.flatMap((l) => (l.url ? [shortAddress(l.url)] : []));
      expect(addresses.length).toBeGreaterThan(3);
      for (const a of addresses) expect(text.replace(/\s+/g, ''), a).toContain(a);
    },
  );

  it.each(cases)('$template.$format keeps organizations, dates and locations', ({ template, format }) => {
    const c = results.get(`${template}.${format}`)?.comparison;
    for (const f of ['organizations', 'dates', 'locations'] as const) {
      expect(c?.fields[f].total).toBeGreaterThan(0);
      expect(c?.fields[f], `${f}: ${c?.misses.join('; ')}`).toMatchObject({ exact: c?.fields[f].total });
    }
  });
});

/**
 * Beyond the master: a resume with every field the model has (headline, location, descriptions, awards,
 * references, a link without an address) and a long one (tech lines under jobs, a contact line that wraps,
 * bullets that wrap across a page break). Each must come back exactly, and `tailor check --resume` must find
 * nothing missing.
 */
const more = ['full-fields', 'long-resume'].map((name) => ({
  name,
  file: path.join(ROOT, 'tests', 'fixtures', 'render', `${name}.json`),
}));
const moreCases = more.flatMap(({ name, file }) =>
  cases.map((c) => ({ name, file, ...c, label: `${name}-${c.template}.${c.format}` })),
);
const moreResults = new Map<string, { comparison?: ImportComparison; problems?: unknown[]; error?: string }>();

describe('import round trip of richer resumes: every template, DOCX and PDF', () => {
  beforeAll(async () => {
    for (let i = 0; i < moreCases.length; i += 2) {
      await Promise.all(
        moreCases.slice(i, i + 2).map(async ({ name, file, template, format }) => {
          const key = `${name}-${template}.${format}`;
          const out = path.join(dir, key);
          const run = await runCli([
            'export',
            '--resume',
            file,
            '--template',
            template,
            '--format',
            format,
            '--out',
            out,
          ]);
          if (run.code !== 0) {
            moreResults.set(key, { error: `export failed: ${run.stderr.trim()}` });
            return;
          }
          const valid = validateResume(JSON.parse(readFileSync(file, 'utf8')));
          if (!valid.ok) throw new Error(`${file} is not a valid resume`);
          const source = valid.resume;
          const r = await importDocument(new Uint8Array(readFileSync(out)), format);
          if (!r.ok) {
            moreResults.set(key, { error: r.error });
            return;
          }
          const check = await runCli(['check', out, '--resume', file, '--json']);
          const problems =
            check.code === 0 ? (JSON.parse(check.stdout) as { problems: unknown[] }).problems : undefined;
          moreResults.set(key, {
            comparison: compareImport(source, r.resume),
            ...(problems ? { problems } : { error: `check failed: ${check.stderr.trim()}` }),
          });
        }),
      );
    }
  }, 480_000);

  it.each(moreCases)('$label comes back field for field', ({ name, template, format }) => {
    const r = moreResults.get(`${name}-${template}.${format}`);
    expect(r?.error).toBeUndefined();
    const c = r?.comparison;
    for (const f of COMPARED_FIELDS)
      expect(c?.fields[f], `${f}: ${c?.misses.join('; ')}`).toMatchObject({ exact: c?.fields[f].total });
    expect(c?.fields.bullets.total).toBeGreaterThan(0);
    expect((c?.fields.descriptions.total ?? 0) + (c?.fields.tech.total ?? 0)).toBeGreaterThan(0);
  });

  it.each(moreCases)('$label passes `tailor check --resume` with 0 problems', ({ name, template, format }) => {
    const r = moreResults.get(`${name}-${template}.${format}`);
    expect(r?.error).toBeUndefined();
    expect(r?.problems).toEqual([]);
  });
});
