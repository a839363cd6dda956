import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/core/format-count';

describe('groupDigits', () => {
  it("writes whole numbers exactly as toLocaleString('en-US') does", () => {
    for (const n of [0, 7, 999, 1000, 10_000, 100_000, 200_000, 3_000_000, -1234, Number.MAX_SAFE_INTEGER])
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => groupDigits(n) === n.toLocaleString('en-US')),
      { numRuns: 2000 },
    );
  });

  it('leaves anything else to toLocaleString', () => {
    expect(groupDigits(1234.5)).toBe((1234.5).toLocaleString('en-US'));
  });
});
