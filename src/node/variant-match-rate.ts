import { createHash } from 'node:crypto';
import { analyzePosting, scoreResume, withKeywordOverrides } from '../core/match';
import type { Resume } from '../core/resume/schema';
import { applyVariant } from '../core/tailor/apply-variant';
import type { Variant } from '../core/tailor/variant-schema';

/**
 * The match rate the list shows: the variant's posting against the tailored resume (hidden bullets do not count,
 * rewordings do, and so do the person's keyword overrides). Lives here rather than in core/tailor so the variant model stays independent of the scorer.
 * null when the variant has no posting or the posting cannot be analyzed.
 */
export function matchRateAgainst(master: Resume): (variant: Variant) => number | null {
  const analyses = new Map<string, ReturnType<typeof analyzePosting>>();
  return (variant) => {
    const text = variant.posting.text;
    if (!text.trim()) return null;
    let analyzed = analyses.get(text);
    if (!analyzed) {
      analyzed = analyzePosting(text);
      analyses.set(text, analyzed);
    }
    if (!analyzed.ok) return null;
    const score = scoreResume(
      withKeywordOverrides(analyzed.posting, variant.tailoring.keywords),
      applyVariant(master, variant).resume,
    );
    return Math.round(score.matchRate * 10) / 10;
  };
}

// Bumped when the scorer's rules change, so rates kept in the list index (keyed by this) are computed again.
const SCORER_VERSION = 1;

/** What a kept match rate depends on besides its variant's file: the master and the scorer's rules. */
export function matchRateKey(master: Resume): string {
  return createHash('sha256')
    .update(`${SCORER_VERSION}\0${JSON.stringify(master)}`)
    .digest('hex')
    .slice(0, 24);
}
