import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePosting, scoreResume } from '../../../src/core/match';
import { Resume } from '../../../src/core/resume/schema';
import { keywordStatuses, spanStatus } from '../../../src/renderer/lib/keyword-status';

const fixture = (p: string) => readFileSync(path.join(__dirname, '../../fixtures', p), 'utf8');

describe('one colour language: found, weak or missing', () => {
  it('gives each counted keyword of a real posting the status the match report gives it', () => {
    const master = Resume.parse(JSON.parse(fixture('resumes/fixture-master.json')));
    const analyzed = analyzePosting(fixture('postings/icu-nurse.txt'));
    if (!analyzed.ok) throw new Error(analyzed.error);
    const score = scoreResume(analyzed.posting, master);
    const status = keywordStatuses(score);
    expect(status.size).toBeGreaterThan(0);
    for (const m of score.missing) expect(status.get(m.term.toLowerCase())).toBe(m.status);
    // An ML engineer's resume against an ICU nurse posting: mostly missing.
    expect([...status.values()].filter((s) => s === 'missing').length).toBeGreaterThan(status.size / 2);
    expect(keywordStatuses(null).size).toBe(0);
  });

  it('marks a resume word found when it is the posting’s word, weak when only a related skill', () => {
    expect(['exact', 'alias', 'stem'].map(spanStatus)).toEqual(['found', 'found', 'found']);
    expect(spanStatus('related')).toBe('weak');
  });
});
