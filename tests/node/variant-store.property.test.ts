import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVariantText } from '../../src/core/tailor/migrate-variant';
import {
  createVariant,
  duplicateVariant,
  getVariant,
  listVariants,
  renameVariant,
  saveVariant,
} from '../../src/node/variant-store';
import { deleteVariant, emptyTrash, listTrash, restoreVariant, trashDir } from '../../src/node/variant-trash';
import { loadMaster } from '../core/tailor/fixture';

const master = loadMaster();
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-store-prop-'));
afterAll(() => fs.rm(root, { recursive: true, force: true }));

// Company names from everything a person might paste, including path tricks, device names and long emoji runs.
const company = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('../../etc/passwd', 'CON', 'a/b', '', '😀'.repeat(300), 'Zürich AG', '.hidden', 'x\\y'),
);
type Op =
  | { op: 'create'; company: string; role: string }
  | { op: 'save' | 'saveStale' | 'rename' | 'duplicate' | 'delete' | 'restore'; pick: number; company: string }
  | { op: 'emptyTrash' };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), company, role: company }),
  fc.record({
    op: fc.constantFrom(
      'save' as const,
      'saveStale' as const,
      'rename' as const,
      'duplicate' as const,
      'delete' as const,
      'restore' as const,
    ),
    pick: fc.nat(20),
    company,
  }),
  fc.record({ op: fc.constant('emptyTrash' as const) }),
);

interface Model {
  live: Map<string, { company: string; revision: string }>;
  trash: Set<string>;
}

async function step(dir: string, m: Model, o: Op): Promise<void> {
  const liveIds = [...m.live.keys()];
  const pick = (n: number, ids: string[]) => ids[n % Math.max(1, ids.length)];
  if (o.op === 'create') {
    const r = await createVariant(dir, master, { company: o.company, role: o.role });
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (r.ok) m.live.set(r.value.variant.id, { company: r.value.variant.company, revision: r.value.revision });
  } else if (o.op === 'emptyTrash') {
    expect((await emptyTrash(dir)).ok).toBe(true);
    m.trash.clear();
  } else if (o.op === 'restore') {
    const id = pick(o.pick, [...m.trash]);
    if (!id) return;
    const r = await restoreVariant(dir, id);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    m.trash.delete(id);
    const got = await getVariant(dir, id);
    if (got.ok) m.live.set(id, { company: got.value.variant.company, revision: got.value.revision });
  } else {
    const id = pick(o.pick, liveIds);
    if (!id) return;
    const known = m.live.get(id)!;
    if (o.op === 'delete') {
      expect((await deleteVariant(dir, id)).ok).toBe(true);
      m.live.delete(id);
      m.trash.add(id);
    } else if (o.op === 'duplicate') {
      const r = await duplicateVariant(dir, id, { company: o.company });
      expect(r.ok, r.ok ? '' : r.error).toBe(true);
      if (r.ok) m.live.set(r.value.variant.id, { company: r.value.variant.company, revision: r.value.revision });
    } else if (o.op === 'rename') {
      const r = await renameVariant(dir, id, { company: o.company }, { expectedRevision: known.revision });
      expect(r.ok, r.ok ? '' : r.error).toBe(true);
      if (r.ok) m.live.set(id, { company: r.value.variant.company, revision: r.value.revision });
    } else {
      const got = await getVariant(dir, id);
      if (!got.ok) throw new Error(got.error);
      const next = { ...got.value.variant, notes: `${got.value.variant.notes}+` };
      if (o.op === 'saveStale') {
        // A change on disk that this caller never read: its save must be refused, and the file left as it was.
        const other = await saveVariant(dir, next, { expectedRevision: got.value.revision });
        if (!other.ok) throw new Error(other.error);
        const before = await fs.readFile(path.join(dir, other.value.fileName));
        const stale = await saveVariant(dir, { ...next, company: 'stale' }, { expectedRevision: got.value.revision });
        expect(stale).toMatchObject({ ok: false, code: 'conflict' });
        expect(await fs.readFile(path.join(dir, other.value.fileName))).toEqual(before);
        m.live.set(id, { company: other.value.variant.company, revision: other.value.revision });
      } else {
        const r = await saveVariant(dir, next, { expectedRevision: known.revision });
        expect(r.ok, r.ok ? '' : r.error).toBe(true);
        if (r.ok) m.live.set(id, { company: r.value.variant.company, revision: r.value.revision });
      }
    }
  }
}

/** The library agrees with the model: every live variant listed once with its company, every file whole. */
async function check(dir: string, m: Model): Promise<void> {
  const listed = await listVariants(dir);
  expect(listed.unreadable).toEqual([]);
  expect(listed.superseded).toEqual([]);
  expect(new Map(listed.variants.map((v) => [v.id, v.company]))).toEqual(
    new Map([...m.live].map(([id, v]) => [id, v.company])),
  );
  expect(listed.variants.map((v) => v.revision).sort()).toEqual([...m.live.values()].map((v) => v.revision).sort());
  expect((await listTrash(dir)).variants.map((v) => v.id).sort()).toEqual([...m.trash].sort());
  for (const folder of [dir, trashDir(dir)])
    for (const name of await fs.readdir(folder).catch(() => [] as string[]))
      if (name.endsWith('.variant.json')) {
        expect(name).toMatch(/^[a-z0-9-]+\.variant\.json$/);
        expect(readVariantText(await fs.readFile(path.join(folder, name), 'utf8')).ok).toBe(true);
      }
}

describe('the variant store under any sequence of operations', () => {
  it('keeps one whole file per variant, refuses stale saves, and never crashes', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const dir = path.join(root, `run-${run++}`);
        const m: Model = { live: new Map(), trash: new Set() };
        for (const o of ops) {
          await step(dir, m, o);
          await check(dir, m);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
