import type { AnalyzedPosting } from '../job/schema';
import type { SkillGroup } from '../resume/schema';
import { postingMatcher } from './posting-matcher';
import { scoreLine } from './score-line';

/** Relevance to a posting, 0-100: each skill group as printed ("Label: a, b"), and each skill on its own. */
export interface SkillRelevance {
  groups: Record<string, number>;
  items: Record<string, Record<string, number>>;
}

/**
 * Scores skills for ordering them within and across groups. A skill is scored as its own line, so "CUDA" ranks by
 * what the posting says about CUDA, not by the company it keeps in its group.
 */
export function scoreSkills(posting: AnalyzedPosting, groups: readonly SkillGroup[]): SkillRelevance {
  const matcher = postingMatcher(posting);
  const out: SkillRelevance = { groups: {}, items: {} };
  for (const g of groups) {
    out.groups[g.id] = scoreLine(matcher, `${g.label}: ${g.items.join(', ')}`).score;
    const items: Record<string, number> = {};
    for (const item of g.items) items[item] = scoreLine(matcher, item).score;
    out.items[g.id] = items;
  }
  return out;
}
