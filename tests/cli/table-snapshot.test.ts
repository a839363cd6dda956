import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Taxonomy } from '../../src/core/skills/taxonomy';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = path.resolve(__dirname, '../fixtures');
const MASTER = JSON.parse(readFileSync(path.join(FIXTURES, 'resumes/fixture-master.json'), 'utf8'));
const POSTINGS = ['icu-nurse.txt', 'go-container-platform.txt', 'account-executive.txt'].map((f) =>
  readFileSync(path.join(FIXTURES, 'postings', f), 'utf8'),
);

async function scoreAll() {
  const { analyzePosting, scoreResume } = await import('../../src/core/match');
  return POSTINGS.map((text) => {
    const r = analyzePosting(text);
    if (!r.ok) throw new Error(r.error);
    return { posting: r.posting, score: scoreResume(r.posting, MASTER) };
  });
}

describe("the CLI bundle's prebuilt tables (src/cli/table-snapshot.ts)", () => {
  it('are read back from the snapshot and score exactly as the tables built from the data', async () => {
    const file = path.join(dir, 'tables.v8');
    const { writeTableSnapshot } = await import('../../src/cli/write-table-snapshot');
    writeTableSnapshot(file);
    const built = await scoreAll();
    const builtTaxonomy = (await import('../../src/core/skills/taxonomy')).getTaxonomy();

    vi.resetModules();
    const { useTableSnapshot } = await import('../../src/cli/table-snapshot');
    useTableSnapshot(file);
    const fromSnapshot = await scoreAll();
    const taxonomy = (await import('../../src/core/skills/taxonomy')).getTaxonomy();

    // A fresh module graph, given the file: its taxonomy is a copy read back, not the one built above.
    expect(taxonomy).not.toBe(builtTaxonomy);
    expect(taxonomy.skills.length).toBe(builtTaxonomy.skills.length);
    expect(taxonomy.byKey.get('python')?.[0]?.skill).toBe(
      taxonomy.byId.get(taxonomy.byKey.get('python')![0]!.skill.id),
    );
    expect(JSON.stringify(fromSnapshot)).toBe(JSON.stringify(built));

    // The key indexes the snapshot leaves out come back from the tries with the same forms under the same keys.
    const forms = (m: Map<string, { form: string; skill: { id: string } }[]>) =>
      [...m].map(([k, refs]) => `${k}=${refs.map((r) => `${r.skill.id}:${r.form}`).join('|')}`).sort();
    expect(forms(taxonomy.byKey)).toEqual(forms(builtTaxonomy.byKey));
    expect(forms(taxonomy.byStemKey)).toEqual(forms(builtTaxonomy.byStemKey));
  });

  it('are stored flat and read back as maps with the same entries, looked up in place', async () => {
    const file = path.join(dir, 'flat.v8');
    vi.resetModules();
    const { writeTableSnapshot } = await import('../../src/cli/write-table-snapshot');
    writeTableSnapshot(file);
    const built = (await import('../../src/core/prebuilt-tables')).allTables();
    const { deserialize } = await import('node:v8');
    const stored = deserialize(readFileSync(file)) as Record<string, Record<string, unknown>>;
    // No table goes in as a Map or an object per entry: that is what made reading the snapshot slow.
    for (const name of ['taxonomy', 'background-ranks', 'pos-lexicon']) expect(stored[name]).not.toBeInstanceOf(Map);

    vi.resetModules();
    const { useTableSnapshot } = await import('../../src/cli/table-snapshot');
    useTableSnapshot(file);
    const { allTables } = await import('../../src/core/prebuilt-tables');
    await import('../../src/core/job/analyze-posting');
    const read = allTables();
    for (const name of ['background-ranks', 'pos-lexicon']) {
      const a = built[name] as Map<string, unknown>;
      const b = read[name] as Map<string, unknown>;
      expect(b).toBeInstanceOf(Map);
      expect(b.size).toBe(a.size);
      for (const key of [...a.keys()].slice(0, 500)) expect(b.get(key)).toBe(a.get(key));
      expect(b.get('zzqx-not-a-word')).toBeUndefined();
      expect(b.has('zzqx-not-a-word')).toBe(false);
      expect([...b]).toEqual([...a]);
    }
    const ta = built.taxonomy as Taxonomy;
    const tb = read.taxonomy as Taxonomy;
    const someId = ta.skills[ta.skills.length - 1]!.id;
    expect(tb.byId.get(someId)).toEqual(ta.byId.get(someId));
    expect(tb.byId.get(someId)).toBe(tb.byId.get(someId));
    expect(tb.byId.get('zzqx')).toBeUndefined();
    expect([...tb.related]).toEqual([...ta.related]);
    expect([...tb.byId.keys()]).toEqual([...ta.byId.keys()]);
    expect(tb.skills).toEqual(ta.skills);
    expect(tb.byId.get(someId)).toBe(tb.skills[tb.skills.length - 1]);
  });

  it('are what the tables hold once a snapshot is given, not a build of the data', async () => {
    const file = path.join(dir, 'marked.v8');
    vi.resetModules();
    const { allTables } = await import('../../src/core/prebuilt-tables');
    await import('../../src/core/job/analyze-posting');
    const { serialize } = await import('node:v8');
    (await import('node:fs')).writeFileSync(
      file,
      serialize({ ...allTables(), 'pos-lexicon': new Map([['zzqxword', 'NN']]) }),
    );
    vi.resetModules();
    const { useTableSnapshot } = await import('../../src/cli/table-snapshot');
    useTableSnapshot(file);
    const { posTags } = await import('../../src/core/job/pos-lexicon');
    expect(posTags('zzqxword')).toBe('NN');
    expect(posTags('the')).toBeUndefined();
  });

  it('fall back to building when the file is missing or damaged', async () => {
    const bad = path.join(dir, 'damaged.v8');
    (await import('node:fs')).writeFileSync(bad, 'not a snapshot');
    for (const file of [path.join(dir, 'absent.v8'), bad]) {
      vi.resetModules();
      const { useTableSnapshot } = await import('../../src/cli/table-snapshot');
      useTableSnapshot(file);
      const { getTaxonomy } = await import('../../src/core/skills/taxonomy');
      expect(getTaxonomy().skills.length).toBeGreaterThan(1000);
    }
  });
});
