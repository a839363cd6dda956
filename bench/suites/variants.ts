/**
 * Variant library: list and search 1,000 variants read from disk on every run (no in-process cache; the OS page
 * cache is warm after the first run, which is what a person reopening the app sees), and the median save.
 * Baselines from the same run: readFileSync + JSON.parse of the same files, no validation (the floor for list),
 * and writeFileAtomic of the same bytes (the floor for a durable save).
 */
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resume } from '../../src/core/resume/schema';
import { newVariant, serializeVariant, type Variant } from '../../src/core/tailor';
import { writeFileAtomic } from '../../src/node/atomic-write';
import { variantFileName } from '../../src/node/safe-file-name';
import { getVariant, listVariants, newVariantId, saveVariant, searchLibrary } from '../../src/node/variant-store';
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
          'list (read + validate all)',
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
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
