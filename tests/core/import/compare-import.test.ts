import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARED_FIELDS, compareImport } from '../../../src/core/import/compare-import';
import type { Resume } from '../../../src/core/resume/schema';
import { validateResume } from '../../../src/core/resume/validate-resume';
import { MASTER } from '../../support/run-cli';

const master = JSON.parse(readFileSync(MASTER, 'utf8')) as Resume;

describe('compareImport', () => {
  it('counts every field of the master as back when the import is the master', () => {
    const c = compareImport(master, structuredClone(master));
    for (const f of COMPARED_FIELDS) expect(c.fields[f].exact).toBe(c.fields[f].total);
    expect(c.fields.bullets.total).toBe(17);
    expect(c.misses).toEqual([]);
  });

  it('counts a lost bold span, a moved bullet and a changed date as misses', () => {
    const copy = structuredClone(master);
    const projects = copy.sections.find((s) => s.kind === 'projects');
    const first = projects?.entries[0];
    const second = projects?.entries[1];
    if (!first || !second) throw new Error('the master has projects');
    first.bullets[0] = { id: 'x', text: [{ text: first.bullets[0]?.text.map((r) => r.text).join('') ?? '' }] };
    const moved = first.bullets.pop();
    if (moved) second.bullets.push(moved);
    const job = copy.sections.find((s) => s.kind === 'experience')?.entries[0];
    if (job) job.end = '2025-05';
    const c = compareImport(master, copy);
    expect(c.fields.bullets).toEqual({ exact: 16, total: 17 });
    expect(c.fields.boldSpans).toEqual({ exact: 15, total: 17 });
    expect(c.fields.dates.exact).toBe(c.fields.dates.total - 1);
    expect(c.misses).toHaveLength(4);
  });

  it('covers a resume with a headline, a location, descriptions, awards and references', () => {
    const v = validateResume(
      JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'render', 'full-fields.json'), 'utf8')),
    );
    if (!v.ok) throw new Error('full-fields.json is valid');
    const full = v.resume;
    expect(full.basics.headline && full.basics.location).toBeTruthy();
    expect(full.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Awards', 'References']));
    const same = compareImport(full, structuredClone(full));
    expect(same.misses).toEqual([]);
    // Every entry has a description: the awards' citation and the reference's words among them.
    expect(same.fields.descriptions.total).toBe(5);
    const copy = structuredClone(full);
    copy.sections.find((s) => s.title === 'References')!.entries[0]!.summary = 'Something else.';
    copy.basics.headline = 'Another headline';
    const c = compareImport(full, copy);
    expect(c.fields.descriptions).toEqual({ exact: 4, total: 5 });
    expect(c.misses.sort()).toEqual([
      expect.stringMatching(/^basics: basics\.headline/),
      expect.stringMatching(/^descriptions: References > .*"Something else\."/),
    ]);
  });
});
