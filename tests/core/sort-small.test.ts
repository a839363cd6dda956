import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/core/sort-small';

describe('sortSmall', () => {
  it('orders like the built-in stable sort, short lists and long', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ k: fc.integer({ min: 0, max: 5 }), i: fc.nat() }), { maxLength: 60 }), (xs) => {
        const byK = (a: { k: number }, b: { k: number }) => a.k - b.k;
        expect(sortSmall([...xs], byK)).toEqual([...xs].sort(byK));
      }),
    );
  });
});
