import type { Keyword } from '../job/schema';
import { scoringParams } from './scoring-params';
import type {
  BreakdownPart,
  BreakdownPartKind,
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
/** A keyword shown only through a related skill counts this share of that coverage in the headline rate. */
export const RELATED_RATE_SHARE = 0.5;
/**
 * A free phrase (no taxonomy skill: "srhs departments", "bespoke specialty") is the extractor's guess at a term,
 * not a skill a screener searches for: it counts this share of its weight in the rate.
 */
/** Generic degree levels are the education part (resume-fit.ts compares the level asked with the one shown), not keywords of the rate. */
const EDUCATION_LEVELS: ReadonlySet<string> = new Set(['bachelor-s-degree', 'master-s-degree', 'phd']);
const PHRASE_RATE_SHARE = 0.25;
const PART_OF_KIND: Record<Keyword['kind'], BreakdownPartKind> = {
  hard_skill: 'hard_skills',
  domain: 'hard_skills',
  tool: 'tools',
  credential: 'credentials',
  soft_skill: 'soft_skills',
};
const KEYWORD_PARTS: BreakdownPartKind[] = ['hard_skills', 'tools', 'credentials', 'soft_skills'];
export const PART_LABEL: Record<BreakdownPartKind, string> = {
  hard_skills: 'Hard skills',
  tools: 'Tools',
  credentials: 'Credentials and certifications',
  soft_skills: 'Soft skills',
  job_title: 'Job title',
  education: 'Education level',
  years: 'Years of experience',
};

export interface CoverageLine {
  coverage: readonly Coverage[];
}

interface Best {
  factor: number;
  kind: MatchKind;
  /** Best coverage in the resume's own words (exact, alias, stem), and best through a related skill. */
  literal: number;
  related: number;
  via?: string;
}

/** Best coverage of each keyword over some lines. */
export function bestCoverage(lines: Iterable<CoverageLine>): Map<number, Best> {
  // Looked up by keyword index in an array (10,000 lines are 100,000 lookups); the map keeps first-met order.
  const byIndex: (Best | undefined)[] = [];
  const best = new Map<number, Best>();
  for (const line of lines)
    for (const c of line.coverage) {
      let b = byIndex[c.keyword];
      if (!b) best.set(c.keyword, (byIndex[c.keyword] = b = { factor: 0, kind: c.kind, literal: 0, related: 0 }));
      if (c.factor > b.factor) {
        b.factor = c.factor;
        b.kind = c.kind;
      }
      if (c.kind === 'related') {
        if (c.factor > b.related) {
          b.related = c.factor;
          if (c.via) b.via = c.via;
        }
      } else b.literal = Math.max(b.literal, c.factor);
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
 * A keyword shown in the resume's own words counts in full (an inflection slightly less); one shown only
 * through a related skill counts RELATED_RATE_SHARE of that. Monotone: showing one more line can only raise it.
 */
export function matchRateOf(
  keywords: readonly Keyword[],
  lines: Iterable<CoverageLine>,
  extra: readonly BreakdownPart[] = [],
): MatchRate {
  let considered = 0;
  // Keywords weigh in the rate as they weigh in scoring (raised to the scoring exponent): the job's central
  // skills decide it, not the twentieth phrase.
  const { exponent } = scoringParams();
  const best = bestCoverage(lines);
  let total = 0;
  let got = 0;
  const missing: MissingKeyword[] = [];
  const parts = new Map<
    BreakdownPartKind,
    { total: number; got: number; literal: number; related: number; items: BreakdownPart['items'] }
  >();
  for (let k = 0; k < keywords.length && considered < MATCH_RATE_KEYWORDS; k++) {
    const kw = keywords[k] as Keyword;
    if (kw.skillId && EDUCATION_LEVELS.has(kw.skillId)) continue;
    considered++;
    const b = best.get(k);
    const value = credit(b);
    const w = kw.weight ** exponent * (kw.skillId ? 1 : PHRASE_RATE_SHARE);
    total += w;
    got += w * value;
    const kind = PART_OF_KIND[kw.kind];
    let part = parts.get(kind);
    if (!part) parts.set(kind, (part = { total: 0, got: 0, literal: 0, related: 0, items: [] }));
    part.total += w;
    part.got += w * value;
    part.literal += w * (b?.literal ?? 0);
    part.related += w * (b && b.literal < b.related ? b.related : 0);
    const status = !b
      ? 'missing'
      : b.literal >= b.related * RELATED_RATE_SHARE && b.literal > 0
        ? 'literal'
        : 'related';
    const item: BreakdownPart['items'][number] = { term: kw.term, weight: kw.weight, status };
    if (status === 'related' && b?.via) item.via = b.via;
    part.items.push(item);
    if (!b || value < COVERED) {
      const m: MissingKeyword = {
        term: kw.term,
        weight: kw.weight,
        kind: kw.kind,
        status: b ? 'weak' : 'missing',
        section: kw.sections[0] ?? 'other',
        heading: kw.heading,
      };
      if (b) {
        if (b.via && b.literal < b.related) {
          m.via = b.via;
          m.reason = `weak: only ${b.via}, a related skill`;
        } else m.reason = 'weak: only an inflection or a partial mention';
      }
      missing.push(m);
    }
  }
  const breakdown: BreakdownPart[] = [];
  for (const kind of KEYWORD_PARTS) {
    const p = parts.get(kind);
    if (!p || p.total <= 0) continue;
    breakdown.push({
      part: kind,
      label: PART_LABEL[kind],
      share: pct(p.got / p.total),
      literal: pct(p.literal / p.total),
      related: pct(p.related / p.total),
      weightInRate: Math.round((1000 * p.total) / total) / 1000,
      items: p.items,
    });
  }
  breakdown.push(...extra);
  return {
    matchRate: total > 0 ? pct(got / total) : 0,
    missing,
    considered,
    breakdown,
    rateNote: `The top ${considered} keywords, weighted as in scoring: shown in your own words they count in full, shown only through a related skill ${Math.round(RELATED_RATE_SHARE * 100)}%, and a phrase outside the skills taxonomy a quarter of its weight; job title, education level and years are shown beside the rate, not in it.`,
  };
}

/** What one keyword's best coverage adds to the rate: literal in full, related-only at a discount. */
function credit(b: Best | undefined): number {
  if (!b) return 0;
  return Math.min(1, Math.max(b.literal, b.related * RELATED_RATE_SHARE));
}

const pct = (x: number) => Math.round(1000 * Math.min(1, Math.max(0, x))) / 10;

/** The match rate and missing keywords for a choice of enabled bullets and hidden items, from an existing score. */
export function computeMatchRate(
  score: Pick<ResumeScore, 'keywords' | 'bullets' | 'items'> & Partial<Pick<ResumeScore, 'breakdown'>>,
  visibility: Visibility = {},
): MatchRate {
  // Job title, education and years come from the resume as a whole; they do not change with what is shown.
  const beside = (score.breakdown ?? []).filter((p) => !KEYWORD_PARTS.includes(p.part));
  return matchRateOf(score.keywords, visibleLines(score.bullets, score.items, visibility), beside);
}
