import { analyzePosting, scoreResume, type AnalyzedPosting, type ResumeScore } from '../../src/core/match';
import { bm25Scores, tfidfScores } from './baselines';
import type { EvalCase, EvalResume } from './datasets';
import { goldMatches, ndcg, rankByScore } from './metrics';

export interface CaseResult {
  ndcg5: number;
  ndcg10: number;
  matchRate: number;
  ranked: string[];
  scores: Map<string, number>;
  score: ResumeScore;
}

export interface PreparedCase {
  c: EvalCase;
  r: EvalResume;
  posting: AnalyzedPosting;
  ids: string[];
  /** Baselines and keyword metrics do not depend on the tuned weights: computed once. */
  tfidf5: number;
  tfidf10: number;
  bm25_5: number;
  bm25_10: number;
  precision: number;
  recall: number;
  missed: string[];
  wrong: string[];
}

export function prepare(c: EvalCase, r: EvalResume): PreparedCase {
  const analyzed = analyzePosting(c.text);
  if (!analyzed.ok) throw new Error(`eval: ${c.posting}: ${analyzed.error}`);
  const ids = r.bullets.map((b) => b.id);
  const t = rankByScore(ids, tfidfScores(c.text, r.bullets));
  const b = rankByScore(ids, bm25Scores(c.text, r.bullets));
  const kw = goldMatches(analyzed.posting.keywords.slice(0, 15), c.gold);
  return {
    c,
    r,
    posting: analyzed.posting,
    ids,
    tfidf5: ndcg(t, c.relevance, 5),
    tfidf10: ndcg(t, c.relevance, 10),
    bm25_5: ndcg(b, c.relevance, 5),
    bm25_10: ndcg(b, c.relevance, 10),
    ...kw,
  };
}

/** Our scorer under the weights currently set (scoring-params.ts). */
export function runCase(p: PreparedCase): CaseResult {
  const score = scoreResume(p.posting, p.r.resume);
  const byMaster = new Map(score.bullets.map((b) => [b.bulletId, b.score]));
  const scores = new Map(p.r.bullets.map((b) => [b.id, b.masterId ? (byMaster.get(b.masterId) ?? -1) : -1]));
  const ranked = rankByScore(p.ids, scores);
  return {
    ndcg5: ndcg(ranked, p.c.relevance, 5),
    ndcg10: ndcg(ranked, p.c.relevance, 10),
    matchRate: score.matchRate,
    ranked,
    scores,
    score,
  };
}
