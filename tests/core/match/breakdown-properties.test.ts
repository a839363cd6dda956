import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/import-text';
import { analyzePosting, computeMatchRate, scoreResume, scoreText } from '../../../src/core/match';

const read = (dir: string, name: string) =>
  readFileSync(new URL(`../../fixtures/${dir}/${name}`, import.meta.url), 'utf8');
const words = [
  'Registered Nurse',
  'ICU',
  'BLS',
  'ACLS',
  'Epic',
  'quota',
  'pipeline',
  'Salesforce',
  'SolidWorks',
  'FEA',
  'GD&T',
  'React',
  'quickly',
  'No',
  'not',
  'required',
  'is a plus',
  'Bonus:',
  "you'll",
  'für',
  '<li>',
  '</li>',
  '<h2>',
  '&amp;',
  '**',
  '## ',
  '[link](https://example.com)',
  'Requirements',
  '\n',
  '-',
  ',',
  '.',
  'years',
  '3+',
  "Bachelor's degree",
];
const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 80 }).map((w) => w.join(' '));

const nursePosting = analyzePosting(read('postings', 'icu-nurse.txt'));
if (!nursePosting.ok) throw new Error(nursePosting.error);
const imported = importText(read('resumes', 'nurse-riley.txt'));
if (!imported.ok) throw new Error(imported.error);
const nurse = imported.resume;

describe('properties across professions', () => {
  it('keyword and match spans stay inside their text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = analyzePosting(`Requirements\n${t}\nBLS and ACLS certification, Epic charting, ICU experience.`);
        if (!r.ok) return;
        for (const k of r.posting.keywords) {
          expect(k.start).toBeGreaterThanOrEqual(0);
          expect(k.end).toBeLessThanOrEqual(r.posting.text.length);
          expect(k.end).toBeGreaterThan(k.start);
        }
        const line = scoreText(nursePosting.posting, t);
        for (const m of line.matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the parts of a line's score add up to it", () => {
    fc.assert(
      fc.property(text, (t) => {
        const s = scoreText(nursePosting.posting, t);
        const sum =
          s.matches.reduce((n, m) => n + m.contribution, 0) + s.context.reduce((n, c) => n + c.contribution, 0);
        expect(Math.abs(sum - s.score)).toBeLessThan(0.6);
      }),
      { numRuns: 200 },
    );
  });

  it('the match rate and every part of its breakdown stay in 0..100, and the counted parts make the rate', () => {
    const score = scoreResume(nursePosting.posting, nurse);
    const ids = score.bullets.map((b) => b.bulletId);
    fc.assert(
      fc.property(fc.subarray(ids), (enabled) => {
        const r = computeMatchRate({ ...score }, { enabledBulletIds: new Set(enabled) });
        expect(r.matchRate).toBeGreaterThanOrEqual(0);
        expect(r.matchRate).toBeLessThanOrEqual(100);
        let weighted = 0;
        for (const p of r.breakdown ?? []) {
          for (const x of [p.share, p.literal, p.related]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
          weighted += p.weightInRate * p.share;
        }
        expect(Math.abs(weighted - r.matchRate)).toBeLessThan(1);
        expect(r.matchRate).toBeLessThanOrEqual(score.matchRate + 1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
