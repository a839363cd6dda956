/**
 * The matching engine's public API: analyze a posting once, score a resume against it, rescore a line on
 * every keystroke, and recompute the match rate for any choice of shown bullets.
 */
import { analyzePosting } from '../job/analyze-posting';
import { matchRateOf, visibleLines } from './match-rate';
import type { MatchRate, ResumeScore, Visibility } from './schema';

export { analyzePosting };
export { AnalyzeResult, AnalyzedPosting, Keyword, PostingSection, PostingSectionKind } from '../job/schema';
export * from './schema';
export { scoreResume, rescoreBulletInResume, scoreText } from './score-resume';
export { postingMatcher } from './posting-matcher';
export { scoreLine, clearLineCache } from './score-line';
export { MATCH_RATE_KEYWORDS } from './match-rate';

/** The match rate and missing keywords for a choice of enabled bullets and hidden items, from an existing score. */
export function computeMatchRate(score: Pick<ResumeScore, 'keywords' | 'bullets' | 'items'>, visibility: Visibility = {}): MatchRate {
  return matchRateOf(score.keywords, visibleLines(score.bullets, score.items, visibility));
}
