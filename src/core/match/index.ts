/**
 * The matching engine's public API: analyze a posting once, score a resume against it, rescore a line on
 * every keystroke, and recompute the match rate for any choice of shown bullets.
 */
export { analyzePosting } from '../job/analyze-posting';
export { AnalyzeResult, AnalyzedPosting, Keyword } from '../job/schema';
export * from './schema';
export { scoreResume, rescoreBulletInResume, scoreText, SUMMARY_OWNER } from './score-resume';
export { postingMatcher } from './posting-matcher';
export { scoreLine, clearLineCache } from './score-line';
export { computeMatchRate, MATCH_RATE_KEYWORDS } from './match-rate';
export { withKeywordOverrides, type KeywordOverridesInput } from './keyword-overrides';
