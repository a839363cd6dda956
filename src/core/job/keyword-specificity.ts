import type { SkillMatch } from '../skills/match-skills';
import type { SkillKind } from '../skills/schema';
import { rarity } from './background';
import { posTags } from './pos-lexicon';
import type { Token } from './tokenize';

/** How far below a taxonomy skill a free phrase of the same frequency ranks: the taxonomy knows what a skill is. */
const PHRASE_FACTOR = 0.55;
/** A soft skill or a degree is rarely what a screener searches for first. */
const KIND_FACTOR: Record<SkillKind, number> = {
  hard_skill: 1,
  tool: 1,
  domain: 0.8,
  soft_skill: 0.3,
  credential: 0.6,
};
/** Broad concepts (see concepts.json) rank below specific skills mentioned as often. */
const BROAD_FACTOR = 0.6;

/** A skill named by a common word ("testing", "scale") is weaker evidence of what the job needs than "CUDA". */
export function skillSpecificity(m: SkillMatch, tokens: readonly Token[]): number {
  let r = 0;
  for (let j = m.first; j < m.last; j++) r = Math.max(r, rarity((tokens[j] as Token).lower));
  // An ambiguous name ("Go") already proved by its context that it is the skill, not the word.
  const named = m.skill.ambiguous ? 1 : Math.min(1, 0.35 + 0.75 * r);
  return KIND_FACTOR[m.skill.kind] * (m.skill.broad ? BROAD_FACTOR : 1) * named;
}

/** Mean squared rarity: a phrase of everyday words ("next generation") sinks, jargon ("decoder layers") floats. */
export function phraseSpecificity(ts: readonly Token[]): number {
  let sum = 0;
  for (const t of ts) sum += rarity(t.lower) ** 2;
  const lengthFactor = ts.length === 1 ? 0.8 : ts.length === 2 ? 1 : 0.9;
  // The head noun names the thing: "concurrent projects", "srhs departments" are projects and departments.
  const head = ts.length > 1 ? rarity((ts[ts.length - 1] as Token).lower) : 1;
  return PHRASE_FACTOR * lengthFactor * (sum / ts.length) * (0.5 + 0.5 * head);
}

/**
 * A keyword phrase names a thing: it ends in a word that can be a noun and does not start with a word that can
 * only be a verb or an adverb ("diligently qualifying", "prioritize tasks", "robust"). Words the lexicon does not
 * know (jargon: "kubernetes", "telemetry") pass.
 */
export function nounPhrase(ts: readonly Token[]): boolean {
  const last = posTags((ts[ts.length - 1] as Token).lower);
  if (last !== undefined && !/\bNNS?\b/.test(last)) return false;
  const first = posTags((ts[0] as Token).lower);
  if (ts.length > 1 && first !== undefined && !/\b(NNS?|JJ[RS]?|VBG|VBN)\b/.test(first)) return false;
  return !/^[a-z]\.[a-z]$/.test((ts[0] as Token).lower);
}

/**
 * A degree ("BS in Mechanical Engineering", "Bachelor of Science in Nursing"), not any credential: the line of a
 * licence or a certification ("ACLS required for RNs in the ICU") names skills the job asks for.
 */
export function isDegree(skill: { kind: SkillKind; name: string }): boolean {
  return skill.kind === 'credential' && /\b(degree|bachelor|master of|doctor of|phd|mba)\b|'s degree/i.test(skill.name);
}
