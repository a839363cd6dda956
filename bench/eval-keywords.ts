import type { Keyword } from '../src/core/job/schema';
import { stemKeyOf, tokenize } from '../src/core/job/tokenize';
import { lookupSkill } from '../src/core/skills/taxonomy';

/** One gold alternative matches a keyword when both name the same taxonomy skill or have the same stems. */
function sameThing(k: Keyword, alt: string): boolean {
  const skill = lookupSkill(alt);
  if (skill && (k.skillId === skill.id || k.members?.some((m) => m.skillId === skill.id))) return true;
  const key = stemKeyOf(tokenize(alt.toLowerCase()));
  return key === k.key || key === stemKeyOf(tokenize(k.term.toLowerCase()));
}

/** precision@k: share of our keywords matching some gold keyword; recall: share of gold keywords (any alternative) among ours. */
export function goldMatches(top: readonly Keyword[], gold: readonly string[]): { precision: number; recall: number; missed: string[] } {
  const alts = gold.map((g) => g.split('|').map((a) => a.trim()));
  const hit = (k: Keyword) => alts.some((as) => as.some((a) => sameThing(k, a)));
  const precision = top.length ? top.filter(hit).length / top.length : 0;
  const missed = alts.filter((as) => !top.some((k) => as.some((a) => sameThing(k, a)))).map((as) => as.join('|'));
  return { precision, recall: gold.length ? (gold.length - missed.length) / gold.length : 0, missed };
}
