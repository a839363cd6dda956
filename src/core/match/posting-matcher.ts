import type { AnalyzedPosting, Keyword } from '../job/schema';
import { isCommonWord } from '../job/background';
import { getTaxonomy, type Relation } from '../skills/taxonomy';
import { scoringGeneration, scoringParams } from './scoring-params';

/** Keywords below this share of the top keyword's weight are noise for scoring. */
const MIN_SCORING_WEIGHT = 0.1;
const MAX_SCORING_KEYWORDS = 40;
/** An inflected form ("profiled" for "profiling") is nearly as good as the word itself. */
export const STEM_FACTOR = 0.85;
/** How many posting keywords one named skill can be related evidence for. */
const RELATED_PER_SKILL = 3;

/**
 * One thing a resume line can show: a posting keyword, or a skill folded into one ("INT4" in "Quantization").
 * Folded skills keep their own weight so that merging the displayed list never changes how lines score.
 */
export interface ScoringUnit {
  keyword: number;
  term: string;
  /** The term in lower case, compared with a line's words for every phrase the line shows. */
  lowerTerm: string;
  weight: number;
  /** A broad concept (taxonomy `broad`): capped in a line's score, and as a target of related credit. */
  broad: boolean;
}

/** What scoring one line needs from a posting, indexed once: a keystroke's rescore only does lookups. */
export interface PostingMatcher {
  keywords: readonly Keyword[];
  units: ScoringUnit[];
  /** Per keyword, what one full match adds to raw evidence (for entry and section scores). */
  keywordWeight: number[];
  bySkill: Map<string, number>;
  byPhrase: Map<string, number>;
  /** byPhrase as a trie over stems, so a line's n-grams are walked, not joined into keys. */
  phraseTrie: PhraseNode;
  /** Different for every matcher built: words keep their first step into phraseTrie under this number (see Word). */
  serial: number;
  /** skill id in a resume line -> units it is related evidence for. */
  relatedTo(skillId: string): readonly { unit: number; strength: number }[];
  /** Raw evidence at which a line scores 63 (1 - 1/e); about two strong keywords. */
  scale: number;
  /** The tuned weights (scoring-params.ts) this matcher was built with. */
  relatedFactor: number;
  contextFactor: number;
  broadShare: number;
}

export interface PhraseNode {
  unit?: number;
  next?: Map<string, PhraseNode>;
}

const cache = new WeakMap<AnalyzedPosting, { m: PostingMatcher; generation: number }>();

export function postingMatcher(posting: AnalyzedPosting): PostingMatcher {
  const hit = cache.get(posting);
  if (hit && hit.generation === scoringGeneration()) return hit.m;
  const m = buildMatcher(posting.keywords);
  cache.set(posting, { m, generation: scoringGeneration() });
  return m;
}

let matchersBuilt = 0;

function buildMatcher(keywords: readonly Keyword[]): PostingMatcher {
  let scoring = 0;
  while (
    scoring < keywords.length &&
    scoring < MAX_SCORING_KEYWORDS &&
    (keywords[scoring] as Keyword).weight >= MIN_SCORING_WEIGHT
  )
    scoring++;
  const taxonomy = getTaxonomy();
  const units: ScoringUnit[] = [];
  const bySkill = new Map<string, number>();
  const byPhrase = new Map<string, number>();
  for (let i = 0; i < scoring; i++) {
    const k = keywords[i] as Keyword;
    if (k.skillId) {
      const broad = (id: string) => !!taxonomy.byId.get(id)?.broad;
      bySkill.set(
        k.skillId,
        units.push({
          keyword: i,
          term: k.term,
          lowerTerm: k.term.toLowerCase(),
          weight: k.evidenceWeight,
          broad: broad(k.skillId),
        }) - 1,
      );
      for (const m of k.members ?? [])
        if (!bySkill.has(m.skillId))
          bySkill.set(
            m.skillId,
            units.push({
              keyword: i,
              term: m.term,
              lowerTerm: m.term.toLowerCase(),
              weight: m.weight,
              broad: broad(m.skillId),
            }) - 1,
          );
    }
    // A single everyday word ("performance", "architectures") shows in every bullet and tells them apart by nothing.
    else if (k.key.includes(' ') || !isCommonWord(k.term))
      byPhrase.set(
        k.key,
        units.push({
          keyword: i,
          term: k.term,
          lowerTerm: k.term.toLowerCase(),
          weight: k.evidenceWeight,
          broad: false,
        }) - 1,
      );
  }
  const phraseTrie: PhraseNode = {};
  for (const [key, unit] of byPhrase) {
    let node = phraseTrie;
    for (const word of key.split(' ')) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = {}));
      node = child;
    }
    node.unit = unit;
  }
  const relatedCache = new Map<string, { unit: number; strength: number }[]>();
  // One named skill is related evidence for the few keywords it says most about: "profiling" should not also
  // half-count as debugging, tuning, analysis and optimization. Never for the keyword it already matches.
  const relatedTo = (skillId: string) => {
    let list = relatedCache.get(skillId);
    if (!list) {
      const own = bySkill.get(skillId);
      const ownKeyword = own === undefined ? -1 : (units[own] as ScoringUnit).keyword;
      list = (taxonomy.related.get(skillId) ?? ([] as Relation[]))
        .map((r) => ({ unit: bySkill.get(r.to) ?? -1, strength: r.strength }))
        .filter((r) => r.unit >= 0 && (units[r.unit] as ScoringUnit).keyword !== ownKeyword)
        .sort(
          (a, b) =>
            b.strength * (units[b.unit] as ScoringUnit).weight - a.strength * (units[a.unit] as ScoringUnit).weight,
        )
        .slice(0, RELATED_PER_SKILL);
      relatedCache.set(skillId, list);
    }
    return list;
  };
  const { exponent, relatedFactor, contextFactor, broadShare } = scoringParams();
  for (const u of units) u.weight = u.weight ** exponent;
  const keywordWeight = keywords.map((k, i) => (i < scoring ? k.evidenceWeight ** exponent : 0));
  // The saturation point comes from the heaviest keywords as used (after squaring), so a score of 63 means
  // "shows about the job's two top skills" on every posting.
  const top = [...keywordWeight]
    .sort((a, b) => b - a)
    .slice(0, 3)
    .reduce((s, w) => s + w, 0);
  return {
    keywords,
    units,
    keywordWeight,
    bySkill,
    byPhrase,
    phraseTrie,
    serial: ++matchersBuilt,
    relatedTo,
    scale: Math.max(0.5, top * 0.6),
    relatedFactor,
    contextFactor,
    broadShare,
  };
}
