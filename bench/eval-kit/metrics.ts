import type { Keyword } from '../../src/core/match';
import { stemKeyOf, tokenize } from '../../src/core/job/tokenize';
import { lookupSkill } from '../../src/core/skills/taxonomy';

/** NDCG@k with gain 2^rel - 1 and the ideal ordering from the labels. */
export function ndcg(ranked: readonly string[], rel: Record<string, number>, k: number): number {
  const gain = (r: number) => 2 ** r - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => (dcg += gain(rel[id] ?? 0) / Math.log2(i + 2)));
  const ideal = Object.values(rel).sort((a, b) => b - a);
  let idcg = 0;
  ideal.slice(0, k).forEach((r, i) => (idcg += gain(r) / Math.log2(i + 2)));
  return idcg > 0 ? dcg / idcg : 0;
}

/** Ids ordered by score, ties broken by their order in `ids` (the resume's order). */
export function rankByScore(ids: readonly string[], scores: ReadonlyMap<string, number>): string[] {
  const pos = new Map(ids.map((id, i) => [id, i]));
  return [...ids].sort(
    (a, b) => (scores.get(b) ?? -1) - (scores.get(a) ?? -1) || (pos.get(a) ?? 0) - (pos.get(b) ?? 0),
  );
}

/** One gold alternative matches a keyword when both name the same taxonomy skill or have the same stems. */
function sameThing(k: Keyword, alt: string): boolean {
  const skill = lookupSkill(alt);
  if (skill && (k.skillId === skill.id || k.members?.some((m) => m.skillId === skill.id))) return true;
  const key = stemKeyOf(tokenize(alt.toLowerCase()));
  return key === k.key || key === stemKeyOf(tokenize(k.term.toLowerCase()));
}

/** precision@k: share of our keywords matching some gold keyword; recall: share of gold keywords (any alternative) among ours. */
export function goldMatches(
  top: readonly Keyword[],
  gold: readonly string[],
): { precision: number; recall: number; missed: string[]; wrong: string[] } {
  const alts = gold.map((g) => g.split('|').map((a) => a.trim()));
  const hit = (k: Keyword) => alts.some((as) => as.some((a) => sameThing(k, a)));
  const wrong = top.filter((k) => !hit(k)).map((k) => k.term);
  const precision = top.length ? (top.length - wrong.length) / top.length : 0;
  const missed = alts.filter((as) => !top.some((k) => as.some((a) => sameThing(k, a)))).map((as) => as.join('|'));
  return { precision, recall: gold.length ? (gold.length - missed.length) / gold.length : 0, missed, wrong };
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
