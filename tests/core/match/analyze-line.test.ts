import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting, scoreText } from '../../../src/core/match';

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
});
