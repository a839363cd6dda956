import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/match';
import { warmTables } from '../../src/core/prebuilt-tables';
import { getTaxonomy } from '../../src/core/skills/taxonomy';

describe('warming the engine tables', () => {
  it('hands each registered table to the idle callback, one at a time, and builds it when called', () => {
    const jobs: (() => void)[] = [];
    warmTables((build) => jobs.push(build));
    // The taxonomy, the part-of-speech lexicon and the background word ranks, at least.
    expect(jobs.length).toBeGreaterThanOrEqual(3);
    for (const job of jobs) job();
    const taxonomy = getTaxonomy();
    expect(taxonomy.skills.length).toBeGreaterThan(1000);
    // Built once: scoring after warming uses the same table, not a second copy.
    const r = analyzePosting('We need a registered nurse with BLS and Epic charting experience in the ICU.');
    expect(r.ok).toBe(true);
    expect(getTaxonomy()).toBe(taxonomy);
  });
});
