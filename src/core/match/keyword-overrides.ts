import { analyzePosting } from '../job/analyze-posting';
import { stem } from '../job/natural-adapter';
import type { AnalyzedPosting, Keyword } from '../job/schema';

/** The person's corrections, as a variant stores them (src/core/tailor's KeywordOverrides has this shape). */
export interface KeywordOverridesInput {
  added: readonly string[];
  removed: readonly string[];
  boosted: readonly string[];
}

/**
 * The person's corrections to the extracted keywords (removed, boosted, added), applied to an analyzed posting
 * before scoring. Pure, so the renderer rescores with it on every keystroke and the service agrees exactly.
 */
export function withKeywordOverrides(posting: AnalyzedPosting, o: KeywordOverridesInput | undefined): AnalyzedPosting {
  if (!o || (!o.added.length && !o.removed.length && !o.boosted.length)) return posting;
  const fold = (s: string) => s.trim().toLowerCase();
  const removed = new Set(o.removed.map(fold));
  const boosted = new Set(o.boosted.map(fold));
  const kept = posting.keywords.filter((k) => !removed.has(fold(k.term)));
  // A boosted keyword counts like the posting's top keyword.
  const keywords: Keyword[] = kept.map((k) => (boosted.has(fold(k.term)) ? { ...k, weight: 1, evidenceWeight: 1 } : k));
  const have = new Set(keywords.map((k) => k.key));
  for (const term of o.added) {
    if (removed.has(fold(term))) continue;
    for (const k of addedKeywords(term)) {
      if (have.has(k.key)) continue;
      have.add(k.key);
      keywords.push(k);
    }
  }
  // The matcher reads keywords weightiest first; the sort is stable, so equal weights keep the extractor's order.
  keywords.sort((a, b) => b.weight - a.weight);
  return { ...posting, keywords };
}

const addedCache = new Map<string, Keyword[]>();

/** A keyword the person added: the taxonomy's skill when the words name one (k8s -> Kubernetes), else the phrase. */
function addedKeywords(term: string): Keyword[] {
  let hit = addedCache.get(term);
  if (hit) return hit;
  // A bare word is too short a posting for the analyzer; one plain requirement line gives it the context it needs.
  const analyzed = analyzePosting(`Requirements\n- Experience with ${term}.`);
  const found = analyzed.ok ? analyzed.posting.keywords : [];
  const base = {
    weight: 1,
    evidenceWeight: 1,
    count: 1,
    sections: ['requirements' as const],
    heading: 'Added by you',
    start: 0,
    end: 0,
  };
  hit = found.length
    ? found.map((k) => ({ ...k, ...base }))
    : [
        {
          term: term.trim(),
          key: term.trim().toLowerCase().split(/\s+/).map(stem).join(' '),
          kind: 'hard_skill' as const,
          ...base,
        },
      ];
  addedCache.set(term, hit);
  return hit;
}
