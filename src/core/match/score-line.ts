import type { Word } from '../job/tokenize';
import type { Skill } from '../skills/schema';
import type { SkillMatch } from '../skills/match-skills';
import { sortSmall } from '../sort-small';
import { analyzeLine, OWN_FACTORS, SKILL_KINDS } from './analyze-line';
import { STEM_FACTOR, type PhraseNode, type PostingMatcher } from './posting-matcher';
import type { Coverage, LineScore, MatchKind, MatchSpan } from './schema';

interface Evidence {
  /** Index into the matcher's scoring units. */
  unit: number;
  factor: number;
  kind: MatchKind;
  start: number;
  end: number;
  via?: string;
}

/** A related skill shows a broad concept at most this much. */
const RELATED_BROAD_MAX = 0.3;

const RANK: Record<MatchKind, number> = { exact: 3, alias: 3, stem: 2, related: 1 };

/**
 * Scores one line of a resume (a bullet's plain text, a tech item, a skill) against a posting: each posting
 * keyword it shows adds weight x factor once, and the sum maps onto 0-100 with diminishing returns, so a line
 * that names three of the job's top skills scores high and a fourth adds less.
 */
export interface LineOptions {
  /** Coverage of the entry's title and tech line (see entryContext). */
  context?: readonly UnitCoverage[];
  /** Scales the evidence: a publication about CUDA is weaker evidence than a project in it. */
  evidenceFactor?: number;
}

export function scoreLine(matcher: PostingMatcher, plain: string, opts: LineOptions = {}): LineScore {
  const evidence = findEvidence(matcher, plain);
  return summarize(matcher, evidence, opts.context ?? [], opts.evidenceFactor ?? 1);
}

/** Evidence per scoring unit (see posting-matcher.ts), for lending an entry's title and tech line to its bullets. */
export interface UnitCoverage {
  unit: number;
  factor: number;
}

export function lineUnitCoverage(matcher: PostingMatcher, plain: string): UnitCoverage[] {
  return combine(findEvidence(matcher, plain)).map((e) => ({ unit: e.unit, factor: e.factor }));
}

function findEvidence(matcher: PostingMatcher, plain: string): Evidence[] {
  const line = analyzeLine(plain);
  const evidence: Evidence[] = [];

  const skills = line.skills;
  const at = line.at;
  const from = line.from;
  for (let i = 0; i < skills.length; i++) {
    const skill = skills[i] as Skill;
    const kind = SKILL_KINDS[at[from + 4 * i] as number] as SkillMatch['kind'];
    const start = at[from + 4 * i + 1] as number;
    const end = at[from + 4 * i + 2] as number;
    const own = OWN_FACTORS[at[from + 4 * i + 3] as number] as number;
    const u = matcher.bySkill.get(skill.id);
    if (u !== undefined)
      evidence.push({ unit: u, factor: own * (kind === 'stem' ? STEM_FACTOR : 1), kind, start, end });
    for (const r of matcher.relatedTo(skill.id))
      evidence.push({
        unit: r.unit,
        // Relation-only credit into a generic hub ("Performance Optimization" from any tuning tool) is capped.
        factor:
          own * Math.min(r.strength * matcher.relatedFactor, matcher.units[r.unit]?.broad ? RELATED_BROAD_MAX : 1),
        kind: 'related',
        start,
        end,
        via: skill.name,
      });
  }

  // Phrases: walk 1-3 consecutive content words through the posting's phrase trie.
  if (matcher.byPhrase.size) {
    const words = line.words.length;
    const base = from + 4 * line.skills.length;
    for (let i = 0; i < words; i++) {
      // Most words start no phrase of the posting: that first step is kept on the word, per matcher.
      const first = line.words[i] as Word;
      if (first.phraseOf !== matcher.serial) {
        first.phraseOf = matcher.serial;
        first.phraseRoot = matcher.phraseTrie.next?.get(first.stem);
      }
      let node = first.phraseRoot as PhraseNode | undefined;
      if (!node) continue;
      for (let n = 1; n <= 3 && i + n <= words; n++) {
        const last = i + n - 1;
        if (n > 1) {
          if (at[base + 3 * last + 2]) break;
          node = node.next?.get((line.words[last] as Word).stem);
          if (!node) break;
        }
        const u = node.unit;
        if (u === undefined) continue;
        let surface = (line.words[i] as Word).lower;
        for (let k = i + 1; k <= last; k++) surface += ` ${(line.words[k] as Word).lower}`;
        const term = matcher.units[u]?.lowerTerm ?? '';
        const exact = surface === term;
        // Porter maps "activation" and "actively" to one stem; an inflection keeps most of the word.
        if (!exact && !sameWordFamily(surface, term)) continue;
        evidence.push({
          unit: u,
          factor: exact ? 1 : STEM_FACTOR,
          kind: exact ? 'exact' : 'stem',
          start: at[base + 3 * i] as number,
          end: at[base + 3 * last + 1] as number,
        });
      }
    }
  }
  return evidence;
}

/**
 * Best evidence per unit, its factor raised by further independent evidence (noisy-or), in the order the units
 * are first seen. Arrays, not maps: a line has a handful of pieces of evidence, and this runs for every line.
 */
function combine(evidence: Evidence[]): Evidence[] {
  const best: Evidence[] = [];
  const miss: number[] = [];
  const counted: number[] = [];
  for (const e of evidence) {
    let k = 0;
    while (k < best.length && (best[k] as Evidence).unit !== e.unit) k++;
    if (k === best.length) {
      best.push(e);
      miss.push(1);
    } else {
      const b = best[k] as Evidence;
      if (e.factor > b.factor || (e.factor === b.factor && RANK[e.kind] > RANK[b.kind])) best[k] = e;
    }
    // Several pieces of partial evidence add up: shared memory, tiling and coalescing together say more about
    // GPU optimization than any one of them. One place in the text counts once.
    const id = e.unit * 1_000_003 + e.start;
    if (counted.includes(id)) continue;
    counted.push(id);
    miss[k] = (miss[k] as number) * (1 - e.factor);
  }
  for (let k = 0; k < best.length; k++) {
    const b = best[k] as Evidence;
    const combined = Math.min(1, 1 - (miss[k] as number));
    if (combined > b.factor) best[k] = { ...b, factor: combined };
  }
  return best;
}

function bestFor(best: readonly Evidence[], unit: number): Evidence | undefined {
  for (const b of best) if (b.unit === unit) return b;
  return undefined;
}

function summarize(
  matcher: PostingMatcher,
  evidence: Evidence[],
  context: readonly UnitCoverage[],
  evidenceFactor = 1,
): LineScore {
  const best = combine(evidence);
  let raw = 0;
  // Broad concepts (Latency, Production Systems) add little alone: together they are capped, so a bullet that
  // shows only broad concepts cannot outrank one showing the job's specific skills.
  let rawBroad = 0;
  for (const e of best)
    if (matcher.units[e.unit]?.broad) rawBroad += unitWeight(matcher, e.unit) * e.factor;
    else raw += unitWeight(matcher, e.unit) * e.factor;
  const broadCap = matcher.broadShare * matcher.scale;
  const broadScale = rawBroad > broadCap ? broadCap / rawBroad : 1;
  raw += rawBroad * broadScale;
  // The entry's title and tech line say what a bullet is about ("CUDA" for a kernel bullet), at a fraction of the bullet's own words.
  const fromContext: { unit: number; value: number }[] = [];
  for (const c of context) {
    const own = bestFor(best, c.unit)?.factor ?? 0;
    const extra = unitWeight(matcher, c.unit) * Math.max(0, c.factor * matcher.contextFactor - own);
    if (extra > 0) {
      fromContext.push({ unit: c.unit, value: extra });
      raw += extra;
    }
  }
  const score = raw > 0 ? 100 * (1 - Math.exp((-raw * evidenceFactor) / matcher.scale)) : 0;
  const coverage: Coverage[] = [];
  const matches: MatchSpan[] = [];
  const seen: number[] = [];
  const values = sharedValues(matcher);
  for (const b of best) {
    const u = b.unit;
    const k = matcher.units[u]?.keyword ?? 0;
    let at = 0;
    while (at < coverage.length && (coverage[at] as Coverage).keyword !== k) at++;
    const prev = coverage[at];
    if (!prev || b.factor > prev.factor) coverage[at] = coverageValue(values, k, round(b.factor, 3), b.kind, b.via);
    const damp = matcher.units[u]?.broad ? broadScale : 1;
    matches.push(spanOf(matcher, b, round((score * unitWeight(matcher, u) * b.factor * damp) / raw, 2)));
    seen.push(u * 1_000_003 + b.start);
  }
  const contextual: LineScore['context'] = [];
  for (const c of fromContext) {
    const contribution = round((score * c.value) / raw, 2);
    if (contribution >= 0.05) contextual.push(contextValue(values, matcher, c.unit, contribution));
  }
  // Every other place a keyword occurs is highlighted too, adding nothing to the score.
  for (const e of evidence) {
    const b = bestFor(best, e.unit) as Evidence;
    if (e.kind === 'related' && b.kind !== 'related') continue;
    const id = e.unit * 1_000_003 + e.start;
    if (seen.includes(id)) continue;
    seen.push(id);
    matches.push(spanOf(matcher, e, 0));
  }
  sortSmall(matches, bySpan);
  sortSmall(coverage, byKeyword);
  return { score: round(Math.min(100, score), 1), matches, coverage, context: contextual };
}

/**
 * A coverage entry (keyword, factor to 3 places, kind) or a context entry (unit, contribution to 2 places) is a value
 * that recurs on line after line, so lines scored against one matcher share one frozen object per value. 10,000 new
 * bullets keep about 120,000 of them otherwise, and copying what survives is most of the collector's time.
 */
interface SharedValues {
  coverage: Map<number, Coverage>;
  related: Map<number, Map<string, Coverage>>;
  context: Map<number, ContextEntry>;
}
type ContextEntry = LineScore['context'][number];
const sharedByMatcher = new WeakMap<PostingMatcher, SharedValues>();
const KIND_CODE: Record<MatchKind, number> = { exact: 0, alias: 1, stem: 2, related: 3 };

function sharedValues(matcher: PostingMatcher): SharedValues {
  let v = sharedByMatcher.get(matcher);
  if (!v) sharedByMatcher.set(matcher, (v = { coverage: new Map(), related: new Map(), context: new Map() }));
  return v;
}

function coverageValue(values: SharedValues, keyword: number, factor: number, kind: MatchKind, via?: string): Coverage {
  // factor is in thousandths (0..1000), so the key is exact.
  const key = (keyword * 1001 + Math.round(factor * 1000)) * 4 + KIND_CODE[kind];
  if (kind === 'related' && via) {
    let byVia = values.related.get(key);
    if (!byVia) values.related.set(key, (byVia = new Map()));
    let c = byVia.get(via);
    if (!c) byVia.set(via, (c = Object.freeze({ keyword, factor, kind, via })));
    return c;
  }
  let c = values.coverage.get(key);
  if (!c) values.coverage.set(key, (c = Object.freeze({ keyword, factor, kind })));
  return c;
}

function contextValue(values: SharedValues, matcher: PostingMatcher, unit: number, contribution: number): ContextEntry {
  // contribution is in hundredths of a point (0..100).
  const key = unit * 10_001 + Math.round(contribution * 100);
  let c = values.context.get(key);
  if (!c) values.context.set(key, (c = Object.freeze({ term: matcher.units[unit]?.term ?? '', contribution })));
  return c;
}

function bySpan(a: MatchSpan, b: MatchSpan): number {
  return a.start - b.start || b.contribution - a.contribution;
}
function byKeyword(a: Coverage, b: Coverage): number {
  return a.keyword - b.keyword;
}

function unitWeight(matcher: PostingMatcher, u: number): number {
  return matcher.units[u]?.weight ?? 0;
}

function spanOf(matcher: PostingMatcher, e: Evidence, contribution: number): MatchSpan {
  const unit = matcher.units[e.unit];
  const term = unit?.term ?? '';
  const parent = unit ? matcher.keywords[unit.keyword]?.term : undefined;
  const { start, end, kind, via } = e;
  // Whole literals, not properties added after: a property added later costs the span a second allocation.
  if (parent && parent !== term)
    return via
      ? { term, start, end, kind, contribution, keyword: parent, via }
      : { term, start, end, kind, contribution, keyword: parent };
  return via ? { term, start, end, kind, contribution, via } : { term, start, end, kind, contribution };
}

function sameWordFamily(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i >= n - 3;
}

function round(x: number, digits: 1 | 2 | 3): number {
  const f = digits === 1 ? 10 : digits === 2 ? 100 : 1000;
  return Math.round(x * f) / f;
}
