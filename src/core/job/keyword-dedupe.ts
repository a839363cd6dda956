import { getTaxonomy } from '../skills/taxonomy';
import type { Candidate, Scored } from './keyword-candidate';

/** How strongly two skills must be related to be listed as one keyword. */
const MERGE_STRENGTH = 0.6;

/** Drops a phrase that only ever appears inside a higher-ranked longer phrase, and a longer phrase seen once whose parts already rank. */
export function dedupe(scored: Scored[]): Scored[] {
  const kept: Scored[] = [];
  for (const x of scored) {
    if (!x.c.skillId) {
      const k = ` ${x.c.key} `;
      const redundant = kept.some(({ c }) => {
        if (c.skillId) return false;
        const other = ` ${c.key} `;
        if (other.includes(k)) return x.c.count <= c.count;
        if (k.includes(other)) return x.c.count < 2;
        return false;
      });
      if (redundant) continue;
    }
    kept.push(x);
  }
  return kept;
}

/**
 * Folds a skill into a related, weightier skill named on the same line: "FP8/INT4 quantization" is one thing
 * to act on, and listing FP8, INT4 and Quantization separately would push other skills off the top of the list.
 */
export function mergeRelated(scored: Scored[]): Scored[] {
  const related = getTaxonomy().related;
  const strength = (a: string, b: string) => related.get(a)?.find((r) => r.to === b)?.strength ?? 0;
  const out: Scored[] = [];
  const merged = new Set<Candidate>();
  for (let i = 0; i < scored.length; i++) {
    const parent = scored[i] as Scored;
    if (merged.has(parent.c)) continue;
    out.push(parent);
    const pid = parent.c.skillId;
    if (!pid) continue;
    for (let j = i + 1; j < scored.length; j++) {
      const child = scored[j] as Scored;
      const cid = child.c.skillId;
      if (!cid || merged.has(child.c)) continue;
      if (Math.max(strength(cid, pid), strength(pid, cid)) < MERGE_STRENGTH) continue;
      if (!child.c.lines.every((l) => parent.c.lines.includes(l))) continue;
      merged.add(child.c);
      parent.c.members.push(child.c);
    }
  }
  return out;
}
