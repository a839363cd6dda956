import type { Keyword } from '../job/schema';
import type {
  BulletScore,
  Coverage,
  ItemScore,
  MatchKind,
  MatchRate,
  MissingKeyword,
  ResumeScore,
  Visibility,
} from './schema';

/** The match rate counts the posting's top keywords: what a screener reads first. */
export const MATCH_RATE_KEYWORDS = 20;
/** A keyword covered below this (only a related skill shows it) is listed as weak. */
const COVERED = 0.8;

export interface CoverageLine {
  coverage: readonly Coverage[];
}

interface Best {
  factor: number;
  kind: MatchKind;
}

/** Best coverage of each keyword over some lines. */
export function bestCoverage(lines: Iterable<CoverageLine>): Map<number, Best> {
  const best = new Map<number, Best>();
  for (const line of lines)
    for (const c of line.coverage) {
      const b = best.get(c.keyword);
      if (!b || c.factor > b.factor) best.set(c.keyword, { factor: c.factor, kind: c.kind });
    }
  return best;
}

/** Lines shown under a visibility: enabled bullets of visible entries and sections, their tech lines, visible skill groups. */
export function visibleLines(
  bullets: readonly BulletScore[],
  items: readonly ItemScore[],
  v: Visibility = {},
): CoverageLine[] {
  const out: CoverageLine[] = [];
  const sectionShown = (id: string | undefined) => !id || !v.hiddenSectionIds?.has(id);
  for (const b of bullets) {
    if (v.enabledBulletIds && !v.enabledBulletIds.has(b.bulletId)) continue;
    if (v.hiddenEntryIds?.has(b.entryId) || !sectionShown(b.sectionId)) continue;
    out.push(b);
  }
  for (const i of items) {
    if (i.source !== 'skills' && (v.hiddenEntryIds?.has(i.ownerId) || !sectionShown(i.sectionId))) continue;
    if (i.source === 'skills' && (v.hiddenSkillGroupIds?.has(i.ownerId) || !sectionShown(i.sectionId))) continue;
    out.push(i);
  }
  return out;
}

/**
 * The weighted share (0-100) of the posting's top keywords that the given lines cover, and what is missing.
 * Monotone: showing one more line can only raise it.
 */
export function matchRateOf(keywords: readonly Keyword[], lines: Iterable<CoverageLine>): MatchRate {
  const considered = Math.min(MATCH_RATE_KEYWORDS, keywords.length);
  const best = bestCoverage(lines);
  let total = 0;
  let got = 0;
  const missing: MissingKeyword[] = [];
  for (let k = 0; k < considered; k++) {
    const kw = keywords[k] as Keyword;
    const b = best.get(k);
    total += kw.weight;
    got += kw.weight * (b?.factor ?? 0);
    if (!b || b.factor < COVERED) {
      const m: MissingKeyword = {
        term: kw.term,
        weight: kw.weight,
        kind: kw.kind,
        status: b ? 'weak' : 'missing',
        section: kw.sections[0] ?? 'other',
        heading: kw.heading,
      };
      missing.push(m);
    }
  }
  return { matchRate: total > 0 ? Math.round((1000 * got) / total) / 10 : 0, missing, considered };
}

/** The match rate and missing keywords for a choice of enabled bullets and hidden items, from an existing score. */
export function computeMatchRate(
  score: Pick<ResumeScore, 'keywords' | 'bullets' | 'items'>,
  visibility: Visibility = {},
): MatchRate {
  return matchRateOf(score.keywords, visibleLines(score.bullets, score.items, visibility));
}
