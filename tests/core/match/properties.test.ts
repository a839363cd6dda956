import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzePosting,
  computeMatchRate,
  scoreResume,
  scoreText,
  type AnalyzedPosting,
} from '../../../src/core/match';
import { loadResumeFile } from '../../../src/node/load-resume';
import { MASTER } from '../../support/run-cli';

const vocabulary = [
  'CUDA',
  'C++',
  'Go',
  'k8s',
  'Kubernetes',
  'R',
  'CI/CD',
  '.NET',
  'Node.js',
  'Triton',
  'kernels',
  'profiling',
  'the',
  'team',
  'and',
  'Requirements',
  'Benefits',
  '•',
  '-',
  '\n',
  '\u00a0',
  '“',
  '🚀',
  ',',
  '.',
  '(',
  ')',
  '/',
  'A/B',
  'testing',
  'latency',
  'Python',
  'experience',
];
const postingText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const GOOD = analyzePosting(
  'Requirements\n- CUDA and C++ kernels\n- Kubernetes, Go and Linux\n- Profiling and latency work in Python',
);
if (!GOOD.ok) throw new Error(GOOD.error);
const good: AnalyzedPosting = GOOD.posting;

describe('properties', () => {
  it('any string gives a result or a clear error, never a throw', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        const r = analyzePosting(text);
        if (r.ok) {
          expect(r.posting.keywords.length).toBeGreaterThan(0);
          for (const k of r.posting.keywords) {
            expect(k.weight).toBeGreaterThanOrEqual(0);
            expect(k.weight).toBeLessThanOrEqual(1);
            expect(k.end).toBeLessThanOrEqual(r.posting.text.length);
          }
        } else expect(r.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('match spans always lie inside the line and scores stay within 0..100', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        const s = scoreText(good, text);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        for (const m of s.matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('enabling a bullet never lowers the match rate', async () => {
    const loaded = await loadResumeFile(MASTER);
    if (!loaded.ok) throw new Error(loaded.error);
    const score = scoreResume(good, loaded.resume);
    const ids = score.bullets.map((b) => b.bulletId);
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (enabled, extra) => {
        const before = computeMatchRate(score, { enabledBulletIds: new Set(enabled) }).matchRate;
        const after = computeMatchRate(score, { enabledBulletIds: new Set([...enabled, extra]) }).matchRate;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
