import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeVariant, VARIANT_SCHEMA_VERSION, type Variant } from '../../src/core/tailor';
import { variantFileName } from '../../src/node/safe-file-name';
import {
  createVariant,
  duplicateVariant,
  getVariant,
  listVariants,
  recordExport,
  renameVariant,
  saveVariant,
  searchLibrary,
  type StoredVariant,
} from '../../src/node/variant-store';
import { deleteVariant, emptyTrash, listTrash, restoreVariant, trashDir } from '../../src/node/variant-trash';
import { EVERY_FIELD, FIXTURES, loadMaster } from '../core/tailor/fixture';

const master = loadMaster();
let dir = '';

beforeEach(async () => {
  dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-store-')), 'variants');
});
afterEach(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

async function create(company: string, role = 'Engineer'): Promise<StoredVariant> {
  const r = await createVariant(dir, master, {
    company,
    role,
    posting: { text: `${company} wants Kubernetes and CUDA.` },
  });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function ok<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('the variant library', () => {
  it('is empty, not an error, when the folder does not exist yet', async () => {
    expect(await listVariants(dir)).toEqual({ variants: [], unreadable: [], superseded: [] });
  });

  it('saves and reads back every field exactly (apart from the save counter and time it sets)', async () => {
    const saved = ok(
      await saveVariant(dir, EVERY_FIELD, { expectedRevision: null, now: new Date('2026-04-01T12:00:00.000Z') }),
    );
    expect(saved.variant).toEqual({
      ...EVERY_FIELD,
      revision: EVERY_FIELD.revision + 1,
      updatedAt: '2026-04-01T12:00:00.000Z',
      // A first save starts the tracker's timeline at the status it was saved with.
      statusHistory: [{ status: EVERY_FIELD.status, at: '2026-04-01T12:00:00.000Z' }],
    });
    const got = ok(await getVariant(dir, EVERY_FIELD.id));
    expect(got.variant).toEqual(saved.variant);
    expect(got.revision).toBe(saved.revision);
    expect(got.fileName).toBe(variantFileName(EVERY_FIELD));
    expect(readFileSync(path.join(dir, got.fileName), 'utf8')).toBe(serializeVariant(saved.variant));
  });

  it('lists newest first with company, role, status, updated time and match rate, and searches all text fields', async () => {
    const a = await create('Acme');
    const b = await create('Globex', 'SRE');
    ok(
      await saveVariant(
        dir,
        { ...b.variant, status: 'applied', notes: 'recruiter said hi' },
        { expectedRevision: b.revision },
      ),
    );
    const listed = await listVariants(dir, { matchRate: (v) => (v.company === 'Acme' ? 71 : null) });
    expect(listed.variants.map((v) => [v.company, v.role, v.status, v.matchRate])).toEqual([
      ['Globex', 'SRE', 'applied', null],
      ['Acme', 'Engineer', 'draft', 71],
    ]);
    expect((await searchLibrary(dir, 'recruiter')).hits.map((h) => h.id)).toEqual([b.variant.id]);
    expect((await searchLibrary(dir, 'acme kubernetes')).hits.map((h) => [h.id, h.matchedIn])).toEqual([
      [a.variant.id, ['company', 'posting']],
    ]);
  });

  it('refuses a stale save with a conflict and writes nothing', async () => {
    const first = await create('Acme');
    // Another window (or a sync tool) saves in between.
    ok(
      await saveVariant(
        dir,
        { ...first.variant, notes: 'from the other window' },
        { expectedRevision: first.revision },
      ),
    );
    const before = await fs.readFile(path.join(dir, first.fileName));
    const stale = await saveVariant(
      dir,
      { ...first.variant, notes: 'from this window' },
      { expectedRevision: first.revision },
    );
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(stale.ok ? '' : stale.error).toMatch(/changed on disk since it was opened/);
    expect(await fs.readFile(path.join(dir, first.fileName))).toEqual(before);
    expect(await fs.readdir(dir)).toEqual([first.fileName]);
  });

  it('refuses to save a variant that was deleted since it was opened, and to create one whose id exists', async () => {
    const v = await create('Acme');
    ok(await deleteVariant(dir, v.variant.id));
    expect(await saveVariant(dir, v.variant, { expectedRevision: v.revision })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await fs.readdir(dir)).toEqual(['.trash']);
    ok(await restoreVariant(dir, v.variant.id));
    expect(await saveVariant(dir, v.variant, { expectedRevision: null })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });

  it('leaves a corrupt file and a garbage file byte for byte untouched, reports them, and loads the rest', async () => {
    const good = await create('Acme');
    const torn = serializeVariant(good.variant).slice(0, 200);
    const garbage = Buffer.from([0x00, 0xff, 0x13, 0x37, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    const newer = JSON.stringify({
      ...JSON.parse(serializeVariant(good.variant)),
      id: 'fromfuture1',
      schemaVersion: VARIANT_SCHEMA_VERSION + 1,
    });
    await fs.writeFile(path.join(dir, 'torn-abcd1234.variant.json'), torn);
    await fs.writeFile(path.join(dir, 'garbage-ffff0000.variant.json'), garbage);
    await fs.writeFile(path.join(dir, 'future-fromfuture1.variant.json'), newer);
    const listed = await listVariants(dir);
    expect(listed.variants.map((v) => v.id)).toEqual([good.variant.id]);
    expect(listed.unreadable).toEqual([
      {
        fileName: 'future-fromfuture1.variant.json',
        reason: `was written by a newer Tailor (schema version ${VARIANT_SCHEMA_VERSION + 1}; this one reads up to ${VARIANT_SCHEMA_VERSION})`,
      },
      { fileName: 'garbage-ffff0000.variant.json', reason: 'the file is binary, not JSON text' },
      {
        fileName: 'torn-abcd1234.variant.json',
        reason: expect.stringMatching(/^not valid JSON at line \d+, column \d+/),
      },
    ]);
    // Touching them in every way the store can: get, save over the same id, delete, search.
    expect(await getVariant(dir, 'ffff0000')).toMatchObject({ ok: false, code: 'unreadable' });
    expect(
      await saveVariant(
        dir,
        { ...good.variant, id: 'ffff0000', company: 'garbage', role: '' },
        { expectedRevision: null },
      ),
    ).toMatchObject({ ok: false });
    expect(await deleteVariant(dir, 'ffff0000')).toMatchObject({ ok: false, code: 'unreadable' });
    await searchLibrary(dir, 'anything');
    ok(await saveVariant(dir, { ...good.variant, notes: 'still works' }, { expectedRevision: good.revision }));
    expect(await fs.readFile(path.join(dir, 'torn-abcd1234.variant.json'), 'utf8')).toBe(torn);
    expect(await fs.readFile(path.join(dir, 'garbage-ffff0000.variant.json'))).toEqual(garbage);
    expect(await fs.readFile(path.join(dir, 'future-fromfuture1.variant.json'), 'utf8')).toBe(newer);
  });

  it('migrates an older file on read and writes it back only on the next save', async () => {
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, 'acme-compute-performance-engineer-v1acme0001.variant.json');
    const original = await fs.readFile(path.join(FIXTURES, 'v1-acme.variant.json'));
    await fs.writeFile(file, original);
    const listed = await listVariants(dir);
    expect(listed.variants.map((v) => [v.id, v.migratedFrom])).toEqual([['v1acme0001', 1]]);
    const got = ok(await getVariant(dir, 'v1acme0001'));
    expect(got.variant.schemaVersion).toBe(VARIANT_SCHEMA_VERSION);
    expect(await fs.readFile(file)).toEqual(original);
    const saved = ok(await saveVariant(dir, got.variant, { expectedRevision: got.revision }));
    expect(JSON.parse(await fs.readFile(file, 'utf8')).schemaVersion).toBe(VARIANT_SCHEMA_VERSION);
    expect(saved.migratedFrom).toBeNull();
  });

  it('renames by writing the new file and removing the old one, leaving exactly one', async () => {
    const v = await create('Acme', 'Engineer');
    const renamed = ok(
      await renameVariant(dir, v.variant.id, { company: 'Acme Robotics' }, { expectedRevision: v.revision }),
    );
    expect(renamed.fileName).toBe(`acme-robotics-engineer-${v.variant.id}.variant.json`);
    expect(await fs.readdir(dir)).toEqual([renamed.fileName]);
    expect(
      await renameVariant(dir, v.variant.id, { company: 'Stale' }, { expectedRevision: v.revision }),
    ).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('after a crash mid-rename (old and new file both there) lists the newer copy once, and the next save cleans up', async () => {
    const v = await create('Acme');
    const older = serializeVariant(v.variant);
    const renamed = ok(await renameVariant(dir, v.variant.id, { company: 'Globex' }));
    // Put the old file back, as if the crash came after writing the new name and before removing the old one.
    await fs.writeFile(path.join(dir, v.fileName), older);
    const listed = await listVariants(dir);
    expect(listed.variants.map((s) => [s.id, s.company])).toEqual([[v.variant.id, 'Globex']]);
    expect(listed.superseded).toEqual([
      { fileName: v.fileName, id: v.variant.id, revision: v.variant.revision, canonicalName: true },
    ]);
    const got = ok(await getVariant(dir, v.variant.id));
    expect(got.fileName).toBe(renamed.fileName);
    ok(await saveVariant(dir, { ...got.variant, notes: 'x' }, { expectedRevision: got.revision }));
    // .cache holds the list's index (derived data), not a copy of the variant.
    expect((await fs.readdir(dir)).filter((n) => n !== '.cache')).toEqual([renamed.fileName]);
  });

  it("keeps a sync tool's conflicted copy: lists the newer version once, never deletes the copy on save, trashes it with the variant", async () => {
    const v = await create('Acme');
    // Saved on the laptop from the same version, later than ours: still a side copy, never silently preferred.
    const theirs = {
      ...v.variant,
      notes: 'edited on the laptop',
      revision: v.variant.revision + 1,
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    const conflict = `acme-engineer-${v.variant.id} (Ada's conflicted copy 2026-01-01).variant.json`;
    await fs.writeFile(path.join(dir, conflict), serializeVariant(theirs));
    const listed = await listVariants(dir);
    expect(listed.variants.map((s) => [s.id, s.fileName])).toEqual([[v.variant.id, v.fileName]]);
    expect(listed.superseded).toEqual([
      { fileName: conflict, id: v.variant.id, revision: v.variant.revision + 1, canonicalName: false },
    ]);
    expect(ok(await getVariant(dir, v.variant.id)).fileName).toBe(v.fileName);
    const bytes = await fs.readFile(path.join(dir, conflict));
    ok(await saveVariant(dir, { ...v.variant, company: 'Acme Robotics' }, { expectedRevision: v.revision }));
    expect(await fs.readFile(path.join(dir, conflict))).toEqual(bytes);
    expect((await fs.readdir(dir)).filter((n) => n !== '.cache').sort()).toEqual(
      [conflict, `acme-robotics-engineer-${v.variant.id}.variant.json`].sort(),
    );
    ok(await deleteVariant(dir, v.variant.id));
    expect((await listVariants(dir)).variants).toEqual([]);
    expect((await fs.readdir(trashDir(dir))).sort()).toEqual(
      [conflict, `acme-robotics-engineer-${v.variant.id}.variant.json`].sort(),
    );
  });

  it('duplicates under a new id with a fresh status and history, keeping posting, tailoring and notes', async () => {
    const v = await create('Acme');
    const withHistory = ok(
      await recordExport(dir, v.variant.id, {
        at: '2026-03-02T10:00:00.000Z',
        format: 'pdf',
        template: 'classic',
        fileName: 'Ada — Acme.pdf',
      }),
    );
    ok(
      await saveVariant(
        dir,
        { ...withHistory.variant, status: 'applied', notes: 'keep me' },
        { expectedRevision: withHistory.revision },
      ),
    );
    const copy = ok(await duplicateVariant(dir, v.variant.id, { company: 'Acme Labs' }));
    expect(copy.variant.id).not.toBe(v.variant.id);
    expect(copy.variant).toMatchObject({
      company: 'Acme Labs',
      role: 'Engineer',
      status: 'draft',
      notes: 'keep me',
      exportHistory: [],
    });
    expect(copy.variant.posting).toEqual(v.variant.posting);
    expect(copy.variant.tailoring).toEqual(v.variant.tailoring);
    expect((await listVariants(dir)).variants).toHaveLength(2);
  });

  it('records exports in the history', async () => {
    const v = await create('Acme');
    const r = ok(
      await recordExport(dir, v.variant.id, {
        at: '2026-03-02T10:00:00.000Z',
        format: 'docx',
        template: 'classic',
        fileName: 'a.docx',
      }),
    );
    expect(ok(await getVariant(dir, v.variant.id)).variant.exportHistory).toEqual([
      { at: '2026-03-02T10:00:00.000Z', format: 'docx', template: 'classic', fileName: 'a.docx' },
    ]);
    expect((await listVariants(dir)).variants[0]).toMatchObject({
      exports: 1,
      lastExportAt: '2026-03-02T10:00:00.000Z',
      revision: r.revision,
    });
  });

  it('deletes to the trash, restores exactly, and empties the trash for good', async () => {
    const keep = await create('Keep');
    const v = await create('Acme');
    const bytes = await fs.readFile(path.join(dir, v.fileName));
    ok(await deleteVariant(dir, v.variant.id));
    expect((await listVariants(dir)).variants.map((s) => s.id)).toEqual([keep.variant.id]);
    expect((await listTrash(dir)).variants.map((s) => s.id)).toEqual([v.variant.id]);
    ok(await restoreVariant(dir, v.variant.id));
    expect(await fs.readFile(path.join(dir, v.fileName))).toEqual(bytes);
    expect(await restoreVariant(dir, v.variant.id)).toMatchObject({ ok: false, code: 'not-found' });
    ok(await deleteVariant(dir, v.variant.id));
    expect(ok(await emptyTrash(dir)).removed).toEqual([v.fileName]);
    expect(await fs.readdir(trashDir(dir))).toEqual([]);
    expect(await getVariant(dir, v.variant.id)).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('serializes two saves of one variant in one process: the second gets a conflict, not a lost update', async () => {
    const v = await create('Acme');
    const [a, b] = await Promise.all([
      saveVariant(dir, { ...v.variant, notes: 'window A' }, { expectedRevision: v.revision }),
      saveVariant(dir, { ...v.variant, notes: 'window B' }, { expectedRevision: v.revision }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(ok(await getVariant(dir, v.variant.id)).variant.notes).toBe('window A');
  });

  it('says in words when the library path is not a folder, for a list and a save alike', async () => {
    await fs.mkdir(path.dirname(dir), { recursive: true });
    await fs.writeFile(dir, 'not a folder');
    await expect(listVariants(dir)).rejects.toThrow(
      `cannot read the variant library ${dir}: a part of the path is not a folder`,
    );
    expect(await saveVariant(dir, EVERY_FIELD, { expectedRevision: null })).toMatchObject({
      ok: false,
      code: 'io',
      error: expect.stringContaining(`cannot open the library folder ${dir}`),
    });
  });

  it('gives clear errors for unknown and malformed ids', async () => {
    expect(await getVariant(dir, 'zzzz9999')).toEqual({
      ok: false,
      code: 'not-found',
      error: `no variant with id "zzzz9999" in ${dir}`,
    });
    expect(await getVariant(dir, '../etc')).toMatchObject({
      ok: false,
      code: 'not-found',
      error: expect.stringContaining('is not a variant id'),
    });
    const invalid = await saveVariant(dir, { ...EVERY_FIELD, status: 'ghosted' } as unknown as Variant, {
      expectedRevision: null,
    });
    expect(invalid).toMatchObject({ ok: false, code: 'invalid', error: expect.stringContaining('status') });
  });
});
