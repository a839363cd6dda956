import type { Resume } from '../resume/schema';
import type { RenderTailoring } from './render-input';

/**
 * A tailoring that puts each entry's bullets in order of their score for a posting (highest first; equal scores
 * keep the master's order). It hides nothing: what to drop is the person's call, or auto-tailor's in src/core/tailor.
 */
export function orderBulletsByScore(resume: Resume, scores: ReadonlyMap<string, number>): RenderTailoring {
  const bulletOrder: Record<string, string[]> = {};
  for (const s of resume.sections)
    for (const e of s.entries)
      if (e.bullets.length > 1)
        bulletOrder[e.id] = e.bullets
          .map((b, i) => ({ id: b.id, i, score: scores.get(b.id) ?? 0 }))
          .sort((a, b) => b.score - a.score || a.i - b.i)
          .map((x) => x.id);
  return { bulletOrder };
}
