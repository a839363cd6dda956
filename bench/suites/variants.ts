/**
 * Variant library: list and search 1,000 variants read from disk on every run (no in-process cache; the OS page
 * cache is warm after the first run, which is what a person reopening the app sees), and the median save.
 * Baselines from the same run: readFileSync + JSON.parse of the same files, no validation (the floor for list),
 * and writeFileAtomic of the same bytes (the floor for a durable save).
 * Then the applications side: every variant gets 3 exports with snapshots (the frozen file and its description),
 * and list, open (variant + its snapshot descriptions) and insight across all 1,000 postings are timed against
 * readFileSync + JSON.parse of the same files.
 */
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resume } from '../../src/core/resume/schema';
import { newVariant, serializeVariant, type Variant } from '../../src/core/tailor';
import { writeFileAtomic } from '../../src/node/atomic-write';
import { variantFileName } from '../../src/node/safe-file-name';
import { getVariant, listVariants, newVariantId, saveVariant, searchLibrary } from '../../src/node/variant-store';
import { clearInsightMemory, libraryInsight } from '../../src/node/library-insight';
import { readSnapshotMeta } from '../../src/node/variant-snapshots';
import { applyVariant, reconcileVariant } from '../../src/core/tailor';
import type { SnapshotMeta } from '../../src/core/tailor/snapshot-schema';
import { fmtMs, measure, printTable, ratio } from '../bench-kit';

const COUNT = 1000;
const COMPANIES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
];
const ROLES = [
  'ML Systems Engineer',
  'GPU Kernel Engineer',
  'Inference Engineer',
  'Performance Engineer',
  'Compiler Engineer',
];
const WORDS =
  'we are hiring an engineer to build and optimize inference kernels in cuda and triton profile pytorch models with nsight compute work across the stack from python to c++ ship features to production own latency and throughput collaborate with research mentor others kubernetes docker go linux distributed systems experience required preferred bonus'.split(
    ' ',
  );

function posting(seed: number): string {
  // ~4 KB, about the size of a real job description.
  const out: string[] = [];
  let x = seed + 1;
  for (let i = 0; i < 650; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(WORDS[(x >>> 8) % WORDS.length] ?? 'and');
    if (i % 18 === 17) out.push('.\n');
  }
  return out.join(' ');
}

export default async function run(): Promise<void> {
  const master = Resume.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/variants/master.json'), 'utf8')),
  );
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-bench-variants-'));
  try {
    const ids: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const v: Variant = {
        ...newVariant(
          master,
          {
            company: `${COMPANIES[i % COMPANIES.length]} ${i}`,
            role: ROLES[i % ROLES.length] ?? 'Engineer',
            posting: { text: posting(i), url: `https://jobs.example.com/${i}` },
            notes: `Referred by a friend; follow up in week ${i % 52}.`,
            status: i % 3 === 0 ? 'applied' : 'draft',
          },
          { id: newVariantId(), now: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() },
        ),
        revision: 1,
      };
      ids.push(v.id);
      await fs.writeFile(path.join(dir, variantFileName(v)), serializeVariant(v));
    }

    const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.variant.json'));
    const floor = await measure(
      () => names.map((n) => JSON.parse(readFileSync(path.join(dir, n), 'utf8')) as unknown),
      { warmup: 3, runs: 25 },
    );
    // Files written moments ago are not trusted from the list index yet (see RACY_MS in variant-list-index.ts).
    await new Promise((r) => setTimeout(r, 1100));
    const list = await measure(() => listVariants(dir), { warmup: 3, runs: 25 });
    const search = await measure(() => searchLibrary(dir, 'kubernetes acme'), { warmup: 3, runs: 25 });
    const open = await measure(() => getVariant(dir, ids[500] ?? ''), { warmup: 3, runs: 30 });
    const got = await getVariant(dir, ids[500] ?? '');
    if (!got.ok) throw new Error(got.error);
    let current = got.value;
    const save = await measure(
      async () => {
        const r = await saveVariant(
          dir,
          { ...current.variant, notes: `${current.variant.notes}.` },
          { expectedRevision: current.revision },
        );
        if (!r.ok) throw new Error(r.error);
        current = r.value;
      },
      { warmup: 3, runs: 30 },
    );
    const bytes = serializeVariant(current.variant);
    const atomic = await measure(() => writeFileAtomic(path.join(dir, 'floor.json'), bytes), { warmup: 3, runs: 30 });
    const listed = await listVariants(dir);
    const found = await searchLibrary(dir, 'kubernetes acme');

    printTable(
      `variant library: ${COUNT} variants (~${Math.round(bytes.length / 1024)} KB each), read from disk each run`,
      ['operation', 'median', 'p90', 'target', 'baseline', 'vs baseline'],
      [
        [
          'list (list index; changed files validated)',
          fmtMs(list.median),
          fmtMs(list.p90),
          '< 100 ms',
          `readFileSync+JSON.parse ${fmtMs(floor.median)}`,
          ratio(list.median, floor.median),
        ],
        [
          `search "kubernetes acme" (${found.hits.length} hits)`,
          fmtMs(search.median),
          fmtMs(search.p90),
          '< 100 ms',
          `readFileSync+JSON.parse ${fmtMs(floor.median)}`,
          ratio(search.median, floor.median),
        ],
        ['open one variant by id', fmtMs(open.median), fmtMs(open.p90), '', '', ''],
        [
          'save one variant (conflict check + atomic write)',
          fmtMs(save.median),
          fmtMs(save.p90),
          '',
          `writeFileAtomic ${fmtMs(atomic.median)}`,
          ratio(save.median, atomic.median),
        ],
      ],
    );
    if (listed.variants.length !== COUNT || listed.unreadable.length)
      throw new Error(`listed ${listed.variants.length} variants, ${listed.unreadable.length} unreadable`);
    await applications(dir, master, ids);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const SNAPSHOTS = 3;

/** 1,000 applications x 3 snapshots: list, open one with its snapshots, insight (cold, from the disk cache, in memory). */
async function applications(dir: string, master: Resume, ids: string[]): Promise<void> {
  // Setup writes plainly (no fsync per file): the timed reads are what matter here.
  const fake = new Uint8Array(40 * 1024).fill(37);
  for (const s of (await listVariants(dir)).variants) {
    const got = await getVariant(dir, s.id);
    if (!got.ok) throw new Error(got.error);
    const v = got.value.variant;
    const folder = path.join(dir, 'snapshots', v.id);
    await fs.mkdir(folder, { recursive: true });
    const history = [];
    for (let k = 0; k < SNAPSHOTS; k++) {
      const at = new Date(Date.UTC(2026, 1, 1 + k)).toISOString();
      const base = `${at.replace(/[-:.]/g, '')}-Mara Lindqvist - ${k}.pdf`;
      const rel = `snapshots/${v.id}/${base}`;
      const meta: SnapshotMeta = {
        kind: 'tailor-snapshot',
        version: 1,
        variantId: v.id,
        at,
        format: 'pdf',
        fileName: `${k}.pdf`,
        file: rel,
        sha256: '0'.repeat(64),
        bytes: fake.length,
        template: 'classic',
        fonts: null,
        pageTarget: 1,
        company: v.company,
        role: v.role,
        master,
        tailoring: v.tailoring,
        resolved: applyVariant(master, v).resume,
      };
      await fs.writeFile(path.join(folder, base), fake);
      await fs.writeFile(path.join(folder, `${base}.json`), JSON.stringify(meta));
      history.push({
        at,
        format: 'pdf' as const,
        template: 'classic',
        fileName: `${k}.pdf`,
        snapshot: rel,
        sha256: meta.sha256,
      });
    }
    await fs.writeFile(path.join(dir, got.value.fileName), serializeVariant({ ...v, exportHistory: history }));
  }
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.variant.json'));
  const files = names.map((n) => path.join(dir, n));
  const floorAll = await measure(() => files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown), {
    warmup: 3,
    runs: 20,
  });
  const indexFile = path.join(dir, '.cache', 'list-v1.json');
  // No index: every file read and validated (the first list of a library, or after the index was deleted).
  const listFull = await measure(
    async () => {
      await fs.rm(indexFile, { force: true });
      await listVariants(dir);
    },
    { warmup: 1, runs: 10 },
  );
  await listVariants(dir);
  // The files were all written moments ago, so the index trusts none of them yet (see RACY_MS): let them age.
  await new Promise((r) => setTimeout(r, 1100));
  await listVariants(dir);
  const list = await measure(() => listVariants(dir), { warmup: 0, runs: 20 });
  const id = ids[500] ?? '';
  const one = await getVariant(dir, id);
  if (!one.ok) throw new Error(one.error);
  const oneFiles = [
    path.join(dir, one.value.fileName),
    ...one.value.variant.exportHistory.map((e) => path.join(dir, `${e.snapshot}.json`)),
  ];
  const floorOne = await measure(() => oneFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown), {
    runs: 30,
  });
  // What opening one application costs: find and read it, bring it up to date with the master, read what was sent.
  const open = await measure(
    async () => {
      const got = await getVariant(dir, id);
      if (!got.ok) throw new Error(got.error);
      reconcileVariant(master, got.value.variant);
      for (const e of got.value.variant.exportHistory)
        if (!(await readSnapshotMeta(dir, e.snapshot!)).ok) throw new Error('meta');
    },
    { runs: 30 },
  );
  clearInsightMemory();
  await fs.rm(path.join(dir, '.cache'), { recursive: true, force: true });
  const t0 = performance.now();
  const cold = await libraryInsight(dir, master);
  const coldMs = performance.now() - t0;
  const fromDisk = await measure(
    async () => {
      clearInsightMemory();
      await libraryInsight(dir, master);
    },
    { warmup: 1, runs: 10 },
  );
  const inMemory = await measure(() => libraryInsight(dir, master), { warmup: 1, runs: 10 });
  const base = `readFileSync+JSON.parse ${fmtMs(floorAll.median)}`;
  printTable(
    `applications: ${COUNT} variants x ${SNAPSHOTS} snapshots (${cold.postings} postings, top missing "${cold.missing[0]?.term ?? '-'}")`,
    ['operation', 'median', 'p90', 'target', 'baseline', 'vs baseline'],
    [
      [
        'list, no index (every file validated)',
        fmtMs(listFull.median),
        fmtMs(listFull.p90),
        '',
        base,
        ratio(listFull.median, floorAll.median),
      ],
      [
        'list, no in-process cache (list index on disk)',
        fmtMs(list.median),
        fmtMs(list.p90),
        '< 100 ms',
        base,
        ratio(list.median, floorAll.median),
      ],
      [
        'open one (read, reconcile, 3 snapshot descriptions)',
        fmtMs(open.median),
        fmtMs(open.p90),
        '< 50 ms',
        `readFileSync+JSON.parse of its 4 files ${fmtMs(floorOne.median)}`,
        ratio(open.median, floorOne.median),
      ],
      ['insight, first ever (analyzes every posting)', fmtMs(coldMs), '', '', base, ratio(coldMs, floorAll.median)],
      [
        'insight, new process (disk cache)',
        fmtMs(fromDisk.median),
        fmtMs(fromDisk.p90),
        '< 1 s',
        base,
        ratio(fromDisk.median, floorAll.median),
      ],
      [
        'insight, same process (memory cache)',
        fmtMs(inMemory.median),
        fmtMs(inMemory.p90),
        '< 1 s',
        base,
        ratio(inMemory.median, floorAll.median),
      ],
    ],
  );
}
