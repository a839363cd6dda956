import { describe, expect, it } from 'vitest';
import { analyzePosting, scoreText, withKeywordOverrides, type AnalyzedPosting } from '../../../src/core/match';

function analyzed(text: string): AnalyzedPosting {
  const r = analyzePosting(text);
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}

const posting = analyzed(`Senior Backend Engineer

Requirements
- 5+ years building services in Go and Python
- Experience operating PostgreSQL at scale
- Familiarity with Terraform is a plus
`);

describe('withKeywordOverrides', () => {
  it('returns the same posting when there is nothing to override', () => {
    expect(withKeywordOverrides(posting, { added: [], removed: [], boosted: [] })).toBe(posting);
  });

  it('drops a removed keyword, so a bullet naming it no longer scores for it', () => {
    const terms = posting.keywords.map((k) => k.term);
    expect(terms).toContain('PostgreSQL');
    const without = withKeywordOverrides(posting, { added: [], removed: ['postgresql'], boosted: [] });
    expect(without.keywords.map((k) => k.term)).not.toContain('PostgreSQL');
    expect(scoreText(without, 'Tuned PostgreSQL queries').score).toBeLessThan(
      scoreText(posting, 'Tuned PostgreSQL queries').score,
    );
  });

  it('gives a boosted keyword the top weight', () => {
    const boosted = withKeywordOverrides(posting, { added: [], removed: [], boosted: ['Terraform'] });
    expect(boosted.keywords.find((k) => k.term === 'Terraform')?.weight).toBe(1);
  });

  it('adds a keyword the posting lacked, understood through the taxonomy (k8s is Kubernetes)', () => {
    const added = withKeywordOverrides(posting, { added: ['k8s'], removed: [], boosted: [] });
    expect(added.keywords.map((k) => k.term)).toContain('Kubernetes');
    expect(scoreText(added, 'Ran the fleet on Kubernetes').score).toBeGreaterThan(
      scoreText(posting, 'Ran the fleet on Kubernetes').score,
    );
  });
});
