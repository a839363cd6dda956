import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting, clearLineCache, scoreText } from '../../../src/core/match';
import { analyzeLine } from '../../../src/core/match/analyze-line';

const text = readFileSync(new URL('../../fixtures/postings/go-container-platform.txt', import.meta.url), 'utf8');

describe('analyzing a line', () => {
  it('finds the same spans in a line far longer than the reused scratch, and in a short line after it', () => {
    const r = analyzePosting(text);
    if (!r.ok) throw new Error(r.error);
    const short = 'Ran Kubernetes clusters in Go on Linux';
    const before = scoreText(r.posting, short);
    // 6,000 filler words: past the 4,096 reused tokens and content flags, so the rest are made fresh.
    const long = `${'plain words here '.repeat(2000)}${short}`;
    const offset = long.length - short.length;
    const spans = scoreText(r.posting, long).matches.filter((m) => m.start >= offset);
    expect(spans.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))).toEqual(before.matches);
    expect(before.matches.length).toBeGreaterThan(0);
    expect(scoreText(r.posting, `${short} `)).toEqual(before);
  });

  it('keeps an analysis it handed out right after the cache is cleared and refilled', () => {
    // Lines' numbers live in shared chunks: a cleared cache must start a new chunk, not write over the old one.
    const kept = analyzeLine('Ran Kubernetes clusters in Go on Linux with Docker');
    const numbers = Array.from(kept.at.subarray(kept.from, kept.from + 4 * kept.skills.length + 3 * kept.words.length));
    clearLineCache();
    for (let i = 0; i < 3000; i++) analyzeLine(`Shipped Terraform modules and Python services for team ${i}`);
    expect(Array.from(kept.at.subarray(kept.from, kept.from + numbers.length))).toEqual(numbers);
    expect(kept.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Kubernetes', 'Linux', 'Docker']));
  });

  it('shares coverage and context entries between lines, and they cannot be changed', () => {
    const r = analyzePosting(text);
    if (!r.ok) throw new Error(r.error);
    const a = scoreText(r.posting, 'Ran Kubernetes clusters on Linux');
    const b = scoreText(r.posting, 'Upgraded Kubernetes for 40 teams');
    const kube = (s: typeof a) => s.coverage.find((c) => r.posting.keywords[c.keyword]?.term === 'Kubernetes');
    expect(kube(a)).toBeDefined();
    expect(kube(a)).toBe(kube(b));
    expect(Object.isFrozen(kube(a))).toBe(true);
  });
});
