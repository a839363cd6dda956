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
 * what the posting says about CUDA, not by the company it keeps; and by its span in the group's line, since some
 * names count only in company ("Triton" alone may be a moon; beside "CUTLASS" it is the GPU language).
 */
export function scoreSkills(posting: AnalyzedPosting, groups: readonly SkillGroup[]): SkillRelevance {
  const matcher = postingMatcher(posting);
  const out: SkillRelevance = { groups: {}, items: {} };
  for (const g of groups) {
    const prefix = `${g.label}: `;
    const line = scoreLine(matcher, prefix + g.items.join(', '));
    out.groups[g.id] = line.score;
    const items: Record<string, number> = {};
    let at = prefix.length;
    for (const item of g.items) {
      const end = at + item.length;
      const inGroup = line.matches
        .filter((m) => m.start >= at && m.end <= end)
        .reduce((sum, m) => sum + m.contribution, 0);
      items[item] = Math.min(100, Math.max(scoreLine(matcher, item).score, Math.round(inGroup * 10) / 10));
      at = end + 2;
    }
    out.items[g.id] = items;
  }
  return out;
}
