import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/match';
import { postingMatcher } from '../../../src/core/match/posting-matcher';
import { scoreLine } from '../../../src/core/match/score-line';

const matcher = (text: string) => {
  const p = analyzePosting(text);
  if (!p.ok) throw new Error(p.error);
  return postingMatcher(p.posting);
};

describe('scoreLine', () => {
  it('counts a skill behind a prefix that points away from it ("post-ICU") as a mention, not evidence', () => {
    const m = matcher(
      'ICU Registered Nurse\n\nRequirements:\n- Two years of intensive care (ICU) nursing experience\n- Current BLS and ACLS\n',
    );
    const during = scoreLine(m, 'Taught families what to expect during ICU recovery at home.').score;
    const after = scoreLine(m, 'Taught families what to expect during post-ICU recovery at home.');
    expect(during).toBeGreaterThan(0);
    expect(after.score).toBeLessThan(during * 0.5);
    // The span is still shown, so the reader sees why the line scored at all.
    expect(after.matches.map((x) => x.term)).toContain('Intensive Care');
  });

  it('counts a role named as the object of a people verb ("mentored RNs") far below being one', () => {
    const m = matcher(
      'Registered Nurse, Medical-Surgical\n\nRequirements:\n- Active Registered Nurse (RN) license\n- Current BLS\n',
    );
    const being = scoreLine(m, 'Worked as an RN on a 30-bed unit for three years.').score;
    const mentored = scoreLine(m, 'Mentored new RNs on a 30-bed unit for three years.').score;
    expect(being).toBeGreaterThan(0);
    expect(mentored).toBeLessThan(being * 0.6);
  });

  it('counts a skill that names the subject of an event ("ICU orientation") below hands-on work in it', () => {
    const m = matcher(
      'ICU Registered Nurse\n\nRequirements:\n- Two years of intensive care (ICU) nursing experience\n- Current BLS and ACLS\n',
    );
    const work = scoreLine(m, 'Cared for two ventilated patients per shift in a 24-bed ICU.').score;
    const event = scoreLine(m, 'Planned the 12-week ICU orientation for two cohorts per year.').score;
    expect(event).toBeGreaterThan(0);
    expect(event).toBeLessThan(work * 0.7);
  });
});
