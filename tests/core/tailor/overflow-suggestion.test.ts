import { describe, expect, it } from 'vitest';
import { wouldHaveToGo } from '../../../src/core/tailor';

const line = (n: number) => 'x'.repeat(90 * n);

describe('what would have to go for a page target that cannot be met', () => {
  it('names the weakest shown bullets until their lines cover the overflow', () => {
    const bullets = [
      { id: 'a', text: line(2), score: 80 },
      { id: 'b', text: line(1), score: 10 },
      { id: 'c', text: line(2), score: 30 },
      { id: 'd', text: line(1), score: 60 },
    ];
    expect(wouldHaveToGo(bullets, 3).map((b) => b.id)).toEqual(['b', 'c']);
    expect(wouldHaveToGo(bullets, 0)).toEqual([]);
  });

  it('without scores, takes the last bullets first', () => {
    const bullets = ['a', 'b', 'c'].map((id) => ({ id, text: line(1), score: null }));
    expect(wouldHaveToGo(bullets, 2).map((b) => b.id)).toEqual(['c', 'b']);
  });
});
