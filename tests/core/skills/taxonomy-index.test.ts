import { describe, expect, it } from 'vitest';
import indexFile from '../../../src/core/skills/data/taxonomy-index.json';
import { buildTaxonomy, serializeTaxonomy } from '../../../src/core/skills/build-taxonomy-index';
import { getTaxonomy, loadTaxonomy, type TaxonomyIndexFile } from '../../../src/core/skills/taxonomy';
import { matchSkills } from '../../../src/core/skills/match-skills';
import { tokenize } from '../../../src/core/job/tokenize';
import { normalizeText } from '../../../src/core/job/normalize-text';
import { readFileSync, readdirSync } from 'node:fs';

const postingsDir = new URL('../../fixtures/postings/', import.meta.url);

describe('taxonomy index built at build time', () => {
  // Fails when a data file changed and `npm run build:taxonomy` was not run.
  it('equals a fresh build from the source data', () => {
    const fresh = serializeTaxonomy(buildTaxonomy());
    const committed = indexFile as unknown as TaxonomyIndexFile;
    expect(committed.refs.length).toBe(fresh.refs.length);
    expect(committed.keys).toEqual(fresh.keys);
    expect(committed.stemKeys).toEqual(fresh.stemKeys);
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(committed);
  });

  it('matches the same skills as the taxonomy built from the sources, on every fixture posting', () => {
    const built = buildTaxonomy();
    const loaded = getTaxonomy();
    expect(loaded).toBe(getTaxonomy());
    for (const f of readdirSync(postingsDir).filter((n) => n.endsWith('.txt'))) {
      const tokens = tokenize(normalizeText(readFileSync(new URL(f, postingsDir), 'utf8')));
      const a = matchSkills(tokens, built).map((m) => `${m.skill.id}@${m.start}:${m.kind}`);
      const b = matchSkills(tokens, loaded).map((m) => `${m.skill.id}@${m.start}:${m.kind}`);
      expect(b, f).toEqual(a);
      expect(a.length, f).toBeGreaterThan(0);
    }
    // Relations survive the round trip in both directions.
    const round = loadTaxonomy(serializeTaxonomy(built));
    expect([...round.related.entries()].length).toBe([...built.related.entries()].length);
  });
});
