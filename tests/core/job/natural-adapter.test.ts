import fc from 'fast-check';
import NGrams from 'natural/lib/natural/ngrams/ngrams.js';
import { describe, expect, it } from 'vitest';
import { ngrams } from '../../../src/core/job/natural-adapter';

describe('ngrams', () => {
  it("gives natural's NGrams.ngrams for any array and size", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 12 }), fc.integer({ min: 1, max: 6 }), (xs, n) => {
        const theirs = xs.length < n ? [] : (NGrams.ngrams(xs, n) as string[][]);
        expect(ngrams(xs, n)).toEqual(theirs);
      }),
      { numRuns: 500 },
    );
  });
});
