import { z } from 'zod';
import { plainText } from '../resume/rich-text';
import type { Resume } from '../resume/schema';

/**
 * What one saved posting says about the master, reduced to what insight needs: the keywords the master lacks and
 * each bullet's score. Small on purpose: it is cached per posting and master, so a library of a thousand postings is
 * analyzed once, not on every look.
 */
export const PostingInsight = z.object({
  missing: z.array(z.object({ term: z.string(), weight: z.number() })),
  /** bullet id -> score 0..100 against this posting (only bullets that score above 0). */
  bullets: z.record(z.string(), z.number()),
});
export type PostingInsight = z.infer<typeof PostingInsight>;

/** The part of a resume score insight reads (the scorer's ResumeScore has these fields). */
export interface ScoreForInsight {
  missing: readonly { term: string; weight: number; status: 'missing' | 'weak' }[];
  bullets: readonly { bulletId: string; score: number }[];
}

export function postingInsight(score: ScoreForInsight): PostingInsight {
  const bullets: Record<string, number> = {};
  for (const b of score.bullets) if (b.score > 0) bullets[b.bulletId] = Math.round(b.score * 10) / 10;
  return {
    missing: score.missing.filter((m) => m.status === 'missing').map((m) => ({ term: m.term, weight: m.weight })),
    bullets,
  };
}

const BulletRow = z.object({
  bulletId: z.string(),
  entryId: z.string(),
  entry: z.string(),
  text: z.string(),
  /** Postings it scores above 0 for. */
  postings: z.number().int(),
  /** Sum of its scores over every posting: how much it matters across the search. */
  total: z.number(),
  best: z.number(),
});

export const LibraryInsight = z.object({
  /** Saved postings read (variants without a posting text are not counted). */
  postings: z.number().int(),
  /** Keywords the master lacks, most wanted first: by how many postings want them, then how much. */
  missing: z.array(
    z.object({ term: z.string(), postings: z.number().int(), weight: z.number(), variants: z.array(z.string()) }),
  ),
  /** The bullets that help most across the postings. */
  strongest: z.array(BulletRow),
  /** Bullets no saved posting rewards: candidates to cut or reword. */
  neverHelp: z.array(BulletRow),
  /** What the result was computed for; a different key means it was computed again. */
  key: z.string(),
  /** How many postings came from the cache rather than being analyzed now. */
  fromCache: z.number().int(),
});
export type LibraryInsight = z.infer<typeof LibraryInsight>;

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Adds up per-posting results. A term is counted once per posting (the same posting saved in two variants counts
 * once too: the caller groups by posting text). Case is folded so "Kubernetes" and "kubernetes" are one keyword.
 */
export function combineInsight(
  master: Resume,
  rows: readonly { variants: readonly string[]; insight: PostingInsight }[],
  meta: { key: string; fromCache: number; limit?: number },
): LibraryInsight {
  const terms = new Map<string, { term: string; postings: number; weight: number; variants: string[] }>();
  const bulletTotals = new Map<string, { postings: number; total: number; best: number }>();
  for (const r of rows) {
    const seen = new Set<string>();
    for (const m of r.insight.missing) {
      const k = m.term.toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      const t = terms.get(k) ?? { term: m.term, postings: 0, weight: 0, variants: [] };
      t.postings++;
      t.weight += m.weight;
      t.variants.push(...r.variants);
      terms.set(k, t);
    }
    for (const [id, score] of Object.entries(r.insight.bullets)) {
      const b = bulletTotals.get(id) ?? { postings: 0, total: 0, best: 0 };
      b.postings++;
      b.total += score;
      b.best = Math.max(b.best, score);
      bulletTotals.set(id, b);
    }
  }
  const limit = meta.limit ?? 50;
  const missing = [...terms.values()]
    .map((t) => ({ ...t, weight: round(t.weight) }))
    .sort((a, b) => b.postings - a.postings || b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, limit);
  const all = master.sections.flatMap((s) =>
    s.entries.flatMap((e) =>
      e.bullets.map((b) => {
        const t = bulletTotals.get(b.id) ?? { postings: 0, total: 0, best: 0 };
        return {
          bulletId: b.id,
          entryId: e.id,
          entry: [e.title, e.organization ?? ''].filter(Boolean).join(', '),
          text: plainText(b.text),
          postings: t.postings,
          total: round(t.total),
          best: t.best,
        };
      }),
    ),
  );
  const strongest = all
    .filter((b) => b.total > 0)
    .sort((a, b) => b.total - a.total || b.postings - a.postings)
    .slice(0, limit);
  const neverHelp = rows.length ? all.filter((b) => b.postings === 0) : [];
  return { postings: rows.length, missing, strongest, neverHelp, key: meta.key, fromCache: meta.fromCache };
}
