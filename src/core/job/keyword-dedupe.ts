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
  const strong = strongPairs(scored);
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
      if (!strong.has(`${cid}\u0000${pid}`)) continue;
      if (!child.c.lines.every((l) => parent.c.lines.includes(l))) continue;
      merged.add(child.c);
      parent.c.members.push(child.c);
    }
  }
  return out;
}

/**
 * The pairs of the posting's skills related at MERGE_STRENGTH or more, either way round (a relation's first entry
 * for a pair is its strength), as "a\0b" both ways: looked up for every pair of keywords, so built once.
 */
function strongPairs(scored: readonly Scored[]): Set<string> {
  const related = getTaxonomy().related;
  const ids = new Set<string>();
  for (const x of scored) if (x.c.skillId) ids.add(x.c.skillId);
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const a of ids)
    for (const r of related.get(a) ?? []) {
      const key = `${a}\u0000${r.to}`;
      if (!ids.has(r.to) || seen.has(key)) continue;
      seen.add(key);
      if (r.strength >= MERGE_STRENGTH) out.add(key).add(`${r.to}\u0000${a}`);
    }
  return out;
}
