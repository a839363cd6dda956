import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeVariant } from '../../src/core/tailor';
import { createVariant, listVariants, type StoredVariant } from '../../src/node/variant-store';
import { loadMaster } from '../core/tailor/fixture';

const master = loadMaster();
let dir = '';
const indexFile = () => path.join(dir, '.cache', 'list-v1.json');

beforeEach(async () => {
  dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-list-index-')), 'variants');
});
afterEach(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

async function create(company: string): Promise<StoredVariant> {
  const r = await createVariant(dir, master, { company, role: 'Engineer', posting: { text: `${company} wants Go.` } });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

type Index = { rows: Record<string, { seenAt: number; summary: { company: string } }> };

/** Edits the index as if its rows were recorded long after the files last changed (so they are trusted). */
async function editIndex(edit: (ix: Index) => void): Promise<void> {
  const ix = JSON.parse(await fs.readFile(indexFile(), 'utf8')) as Index;
  for (const row of Object.values(ix.rows)) row.seenAt += 60_000;
  edit(ix);
  await fs.writeFile(indexFile(), JSON.stringify(ix));
}

describe('the list index', () => {
  it('serves unchanged files from the index and reads a file again once its stat changes', async () => {
    const a = await create('Acme');
    await create('Globex');
    expect((await listVariants(dir)).variants.map((v) => v.company).sort()).toEqual(['Acme', 'Globex']);
    // A row the index holds is what the list shows while the file's stat is unchanged: the file is not read.
    await editIndex((ix) => {
      const row = ix.rows[a.fileName];
      if (row) row.summary.company = 'From the index';
    });
    expect((await listVariants(dir)).variants.map((v) => v.company).sort()).toEqual(['From the index', 'Globex']);
    // Any change to the file (here only its times) makes the list read and validate it again.
    const later = new Date(Date.now() + 5000);
    await fs.utimes(path.join(dir, a.fileName), later, later);
    expect((await listVariants(dir)).variants.map((v) => v.company).sort()).toEqual(['Acme', 'Globex']);
  });

  it('reports a file corrupted after it was indexed, every time, and lists it again once repaired', async () => {
    const a = await create('Acme');
    await create('Globex');
    await listVariants(dir);
    await editIndex(() => undefined);
    const good = await fs.readFile(path.join(dir, a.fileName));
    await fs.writeFile(path.join(dir, a.fileName), good.subarray(0, 100));
    for (let i = 0; i < 2; i++) {
      const listed = await listVariants(dir);
      expect(listed.variants.map((v) => v.company)).toEqual(['Globex']);
      expect(listed.unreadable.map((u) => u.fileName)).toEqual([a.fileName]);
      expect(listed.unreadable[0]?.reason).toMatch(/^not valid JSON/);
    }
    await fs.writeFile(path.join(dir, a.fileName), good);
    expect((await listVariants(dir)).unreadable).toEqual([]);
  });

  it('re-reads a file rewritten in place with the same size right after a list (a coarse clock keeps its stat)', async () => {
    const a = await create('Acme');
    await listVariants(dir);
    const file = path.join(dir, a.fileName);
    await fs.writeFile(file, serializeVariant({ ...a.variant, company: 'Acmf' }));
    expect((await fs.stat(file)).size).toBe(Buffer.byteLength(serializeVariant(a.variant)));
    expect((await listVariants(dir)).variants.map((v) => v.company)).toEqual(['Acmf']);
  });

  it('lists as before from a damaged or foreign index, and drops rows of removed files', async () => {
    const a = await create('Acme');
    const b = await create('Globex');
    await listVariants(dir);
    await fs.writeFile(indexFile(), '{"format":1,"rows":{"x":');
    expect((await listVariants(dir)).variants.map((v) => v.company).sort()).toEqual(['Acme', 'Globex']);
    await fs.rm(path.join(dir, b.fileName));
    expect((await listVariants(dir)).variants.map((v) => v.id)).toEqual([a.variant.id]);
    const ix = JSON.parse(await fs.readFile(indexFile(), 'utf8')) as Index;
    expect(Object.keys(ix.rows)).toEqual([a.fileName]);
  });

  it('keeps match rates per master key and computes them again for another master', async () => {
    await create('Acme');
    let calls = 0;
    const rate = () => (calls++, 42);
    expect((await listVariants(dir, { matchRate: rate, rateKey: 'm1' })).variants[0]?.matchRate).toBe(42);
    await editIndex(() => undefined);
    calls = 0;
    expect((await listVariants(dir, { matchRate: rate, rateKey: 'm1' })).variants[0]?.matchRate).toBe(42);
    expect(calls).toBe(0);
    expect((await listVariants(dir, { matchRate: () => 7, rateKey: 'm2' })).variants[0]?.matchRate).toBe(7);
    // Without a rate asked for, none is shown even though one is kept.
    expect((await listVariants(dir)).variants[0]?.matchRate).toBeNull();
  });
});
