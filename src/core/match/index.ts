/**
 * The matching engine's public API: analyze a posting once, score a resume against it, rescore a line on
 * every keystroke, and recompute the match rate for any choice of shown bullets.
 */
export { analyzePosting } from '../job/analyze-posting';
export { AnalyzeResult, AnalyzedPosting, Keyword } from '../job/schema';
export * from './schema';
export { scoreResume, rescoreBulletInResume, scoreText, SUMMARY_OWNER } from './score-resume';
export { clearLineCache } from './analyze-line';
export { computeMatchRate } from './match-rate';
export { withKeywordOverrides } from './keyword-overrides';
