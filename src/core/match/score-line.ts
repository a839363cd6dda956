import { normalizeText } from '../job/normalize-text';
import { isStopword } from '../job/stopwords';
import { tokenize, type Token } from '../job/tokenize';
import { matchSkills } from '../skills/match-skills';
import { CONTEXT_FACTOR, RELATED_FACTOR, STEM_FACTOR, type PostingMatcher } from './posting-matcher';
import type { Coverage, LineScore, MatchKind, MatchSpan } from './schema';

interface Evidence {
  keyword: number;
  factor: number;
  kind: MatchKind;
  start: number;
  end: number;
  via?: string;
}

/** How many posting keywords one named skill can be related evidence for. */
const RELATED_PER_SKILL = 3;

const RANK: Record<MatchKind, number> = { exact: 3, alias: 3, stem: 2, related: 1 };

/**
 * Scores one line of a resume (a bullet's plain text, a tech item, a skill) against a posting: each posting
 * keyword it shows adds weight x factor once, and the sum maps onto 0-100 with diminishing returns, so a line
 * that names three of the job's top skills scores high and a fourth adds less.
 */
export interface LineOptions {
  /** Coverage of the entry's title and tech line (see entryContext). */
  context?: readonly Coverage[];
  /** Scales the evidence: a publication about CUDA is weaker evidence than a project in it. */
  evidenceFactor?: number;
}

export function scoreLine(matcher: PostingMatcher, plain: string, opts: LineOptions = {}): LineScore {
  const evidence = findEvidence(matcher, plain);
  return summarize(matcher, evidence, opts.context ?? [], opts.evidenceFactor ?? 1);
}

/** The coverage of a line's own evidence, for use as another line's context (an entry's title and tech line). */
export function lineCoverage(matcher: PostingMatcher, plain: string): Coverage[] {
  return summarize(matcher, findEvidence(matcher, plain), [], 1).coverage;
}

function findEvidence(matcher: PostingMatcher, plain: string): Evidence[] {
  const tokens = tokenize(normalizeText(plain));
  const evidence: Evidence[] = [];

  for (const m of matchSkills(tokens)) {
    const k = matcher.bySkill.get(m.skill.id);
    if (k !== undefined) evidence.push({ keyword: k, factor: m.kind === 'stem' ? STEM_FACTOR : 1, kind: m.kind, start: m.start, end: m.end });
    // One named skill is related evidence for the few keywords it says most about: "profiling" should not also
    // half-count as debugging, tuning, analysis and optimization.
    const rels = matcher
      .relatedTo(m.skill.id)
      .filter((r) => r.keyword !== k)
      .map((r) => ({ r, value: r.strength * (matcher.scoringWeight[r.keyword] ?? 0) }))
      .sort((a, b) => b.value - a.value)
      .slice(0, RELATED_PER_SKILL);
    for (const { r } of rels) evidence.push({ keyword: r.keyword, factor: r.strength * RELATED_FACTOR, kind: 'related', start: m.start, end: m.end, via: m.skill.name });
  }

  if (matcher.byPhrase.size) {
    let run: Token[] = [];
    const flush = () => {
      for (let i = 0; i < run.length; i++) {
        let key = '';
        for (let n = 1; n <= 3 && i + n <= run.length; n++) {
          const t = run[i + n - 1] as Token;
          key = n === 1 ? t.stem : `${key} ${t.stem}`;
          const k = matcher.byPhrase.get(key);
          if (k === undefined) continue;
          const first = run[i] as Token;
          const surface = run.slice(i, i + n).map((x) => x.lower).join(' ');
          const term = (matcher.keywords[k]?.term ?? '').toLowerCase();
          const exact = surface === term;
          // Porter maps "activation" and "actively" to one stem; an inflection keeps most of the word.
          if (!exact && !sameWordFamily(surface, term)) continue;
          evidence.push({ keyword: k, factor: exact ? 1 : STEM_FACTOR, kind: exact ? 'exact' : 'stem', start: first.start, end: t.end });
        }
      }
      run = [];
    };
    for (const t of tokens) {
      const content = !isStopword(t.lower) && /[a-z]/.test(t.lower);
      if (!content || !t.joined) flush();
      if (content) run.push(t);
    }
    flush();
  }
  return evidence;
}

function summarize(matcher: PostingMatcher, evidence: Evidence[], context: readonly Coverage[], evidenceFactor = 1): LineScore {
  const best = new Map<number, Evidence>();
  const miss = new Map<number, number>();
  const counted = new Set<string>();
  for (const e of evidence) {
    const b = best.get(e.keyword);
    if (!b || e.factor > b.factor || (e.factor === b.factor && RANK[e.kind] > RANK[b.kind])) best.set(e.keyword, e);
    // Several pieces of partial evidence add up (noisy-or): shared memory, tiling and coalescing together say
    // more about GPU optimization than any one of them.
    const id = `${e.keyword}:${e.start}`;
    if (counted.has(id)) continue;
    counted.add(id);
    miss.set(e.keyword, (miss.get(e.keyword) ?? 1) * (1 - e.factor));
  }
  for (const [k, b] of best) {
    const combined = Math.min(1, 1 - (miss.get(k) ?? 1));
    if (combined > b.factor) best.set(k, { ...b, factor: combined });
  }
  let raw = 0;
  for (const [k, e] of best) raw += (matcher.scoringWeight[k] ?? 0) * e.factor;
  // The entry's title and tech line say what a bullet is about ("CUDA" for a kernel bullet), at a fraction of the bullet's own words.
  const fromContext: { keyword: number; value: number }[] = [];
  for (const c of context) {
    const own = best.get(c.keyword)?.factor ?? 0;
    const extra = (matcher.scoringWeight[c.keyword] ?? 0) * Math.max(0, c.factor * CONTEXT_FACTOR - own);
    if (extra > 0) {
      fromContext.push({ keyword: c.keyword, value: extra });
      raw += extra;
    }
  }
  const score = raw > 0 ? 100 * (1 - Math.exp((-raw * evidenceFactor) / matcher.scale)) : 0;
  const coverage: Coverage[] = [];
  const matches: MatchSpan[] = [];
  const seen = new Set<string>();
  for (const [k, b] of best) {
    coverage.push({ keyword: k, factor: round(b.factor, 3), kind: b.kind });
    const term = matcher.keywords[k]?.term ?? '';
    const share = ((matcher.scoringWeight[k] ?? 0) * b.factor) / raw;
    const span: MatchSpan = { term, start: b.start, end: b.end, kind: b.kind, contribution: round(score * share, 2) };
    if (b.via) span.via = b.via;
    matches.push(span);
    seen.add(`${k}:${b.start}`);
  }
  const contextual = fromContext.map((c) => ({ term: matcher.keywords[c.keyword]?.term ?? '', contribution: round((score * c.value) / raw, 2) }));
  // Every other place a keyword occurs is highlighted too, adding nothing to the score.
  for (const e of evidence) {
    const b = best.get(e.keyword) as Evidence;
    if (e.kind === 'related' && b.kind !== 'related') continue;
    const id = `${e.keyword}:${e.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const span: MatchSpan = { term: matcher.keywords[e.keyword]?.term ?? '', start: e.start, end: e.end, kind: e.kind, contribution: 0 };
    if (e.via) span.via = e.via;
    matches.push(span);
  }
  matches.sort((a, b) => a.start - b.start || b.contribution - a.contribution);
  coverage.sort((a, b) => a.keyword - b.keyword);
  return { score: round(Math.min(100, score), 1), matches, coverage, context: contextual };
}

function sameWordFamily(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i >= n - 3;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
