import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/import-text';
import { analyzePosting, scoreResume } from '../../../src/core/match';
import { BreakdownPart } from '../../../src/core/match/schema';
import type { Resume } from '../../../src/core/resume/schema';

const read = (dir: string, name: string) =>
  readFileSync(new URL(`../../fixtures/${dir}/${name}`, import.meta.url), 'utf8');
function resume(name: string): Resume {
  const r = importText(read('resumes', name));
  if (!r.ok) throw new Error(r.error);
  return r.resume;
}
function score(posting: string, person: string) {
  const p = analyzePosting(read('postings', posting));
  if (!p.ok) throw new Error(p.error);
  return scoreResume(p.posting, resume(person));
}
const ranked = (s: ReturnType<typeof score>) => [...s.bullets].sort((a, b) => b.score - a.score).map((b) => b.text);

describe('postings of other professions rank their own kind of bullet first', () => {
  it('an ICU nurse posting puts the ventilation and Epic bullets above the budget spreadsheet', () => {
    const order = ranked(score('icu-nurse.txt', 'nurse-riley.txt'));
    expect(order.at(-1)).toMatch(/budget spreadsheet/);
    expect(order[0]).toMatch(/mechanical ventilation|Epic/);
  });

  it('an account executive posting puts closing and pipeline above a Python script', () => {
    const s = score('account-executive.txt', 'sales-morgan.txt');
    const order = ranked(s);
    expect(order.at(-1)).toMatch(/Python scripts/);
    expect(order.slice(0, 2).join(' ')).toMatch(/quota|pipeline/);
  });

  it('a mechanical design posting puts SolidWorks, FEA and DFM above the holiday party', () => {
    const order = ranked(score('mechanical-engineer.txt', 'mechanical-sam.txt'));
    expect(order.at(-1)).toMatch(/holiday party/);
    expect(order[0]).toMatch(/SolidWorks|FEA|DFM/);
  });

  it("a nurse's resume matches a nurse posting far better than the sales posting", () => {
    expect(score('icu-nurse.txt', 'nurse-riley.txt').matchRate).toBeGreaterThan(
      score('account-executive.txt', 'nurse-riley.txt').matchRate + 20,
    );
  });
});

describe('the match rate breakdown', () => {
  it('splits the rate into parts, literal and related apart, and says how it counts', () => {
    const s = score('icu-nurse.txt', 'nurse-riley.txt');
    expect(s.rateNote).toMatch(/in full.*related skill/);
    const parts = s.breakdown!;
    for (const p of parts) expect(BreakdownPart.safeParse(p).success).toBe(true);
    const counted = parts.filter((p) => p.weightInRate > 0);
    expect(counted.reduce((n, p) => n + p.weightInRate, 0)).toBeCloseTo(1, 2);
    // The headline is the weighted mean of the counted parts.
    expect(counted.reduce((n, p) => n + p.weightInRate * p.share, 0)).toBeCloseTo(s.matchRate, 0);
    const kinds = parts.map((p) => p.part);
    expect(kinds).toEqual(expect.arrayContaining(['credentials', 'education', 'years']));
    const years = parts.find((p) => p.part === 'years')!;
    expect(years.detail).toMatch(/asks for 2\+ years/);
    expect(years.share).toBe(100);
    expect(parts.find((p) => p.part === 'education')!.share).toBe(100);
  });

  it('names what partly covers each weak keyword', () => {
    const s = score('icu-nurse.txt', 'nurse-riley.txt');
    for (const m of s.missing.filter((x) => x.status === 'weak')) expect(m.reason).toMatch(/^weak: only /);
  });

  it('shows the weights it uses: squared evidence weights, none above the ranking weight', () => {
    const s = score('mechanical-engineer.txt', 'mechanical-sam.txt');
    for (const k of s.keywords) {
      expect(k.usedWeight).toBeDefined();
      expect(k.usedWeight!).toBeLessThanOrEqual(k.evidenceWeight + 1e-9);
    }
  });

  it('counts a free phrase at a quarter of a skill, and leaves degree levels to the education part', () => {
    const p = analyzePosting(
      "Staff Nurse\nRequirements\n- Intensive care experience\n- Ward rotation flexibility\n- Bachelor's or Master's degree in nursing",
    );
    if (!p.ok) throw new Error(p.error);
    const s = scoreResume(p.posting, resume('nurse-riley.txt'));
    const terms = s.breakdown!.flatMap((part) => part.items.map((i) => i.term));
    expect(terms).not.toContain("Bachelor's Degree");
    expect(terms).not.toContain("Master's Degree");
    expect(p.posting.keywords.some((k) => k.skillId === 'bachelor-s-degree')).toBe(true);
    expect(s.breakdown!.some((part) => part.part === 'education')).toBe(true);
    // Weighted as in scoring, a phrase at a quarter: the counted parts still make the headline.
    const counted = s.breakdown!.filter((part) => part.weightInRate > 0);
    expect(counted.reduce((n, part) => n + part.weightInRate * part.share, 0)).toBeCloseTo(s.matchRate, 0);
    expect(s.rateNote).toMatch(/quarter/);
  });
});
