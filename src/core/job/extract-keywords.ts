import { matchSkills, type SkillMatch } from '../skills/match-skills';
import type { SkillKind } from '../skills/schema';
import { getTaxonomy } from '../skills/taxonomy';
import { isCommonWord, rarity } from './background';
import { ngrams } from './natural-adapter';
import type { MentionContext } from './mention-context';
import type { Keyword, PostingSection, PostingSectionKind } from './schema';
import conceptsFile from '../skills/data/concepts.json';
import { posTags } from './pos-lexicon';
import { isStopword } from './stopwords';
import type { Token } from './tokenize';

/** How far below a taxonomy skill a free phrase of the same frequency ranks: the taxonomy knows what a skill is. */
const PHRASE_FACTOR = 0.55;
/** A soft skill or a degree is rarely what a screener searches for first. */
const KIND_FACTOR: Record<SkillKind, number> = {
  hard_skill: 1,
  tool: 1,
  domain: 0.8,
  soft_skill: 0.3,
  credential: 0.6,
};
const MAX_KEYWORDS = 60;
const MIN_RELATIVE_WEIGHT = 0.05;
/** Single words more frequent than this in spoken English do not stand alone as keywords. */
const COMMON_UNIGRAM_RANK = 15_000;
/** Each doubling of mentions adds about a quarter: a skill named four times outranks one named once, not fourfold. */
const REPEAT_BONUS = 0.35;
const DEGREE_LINE_FACTOR = 0.3;
/** A list of up to this many skills names each as needed; a longer list offers alternatives. */
const LIST_FREE = 3;
/** How strongly two skills must be related to be listed as one keyword. */
const MERGE_STRENGTH = 0.6;
const LIST_JOINERS = new Set(['or', 'and', 'etc', 'e.g', 'eg', 'like', 'including']);
/** Broad concepts (see concepts.json) rank below specific skills mentioned as often. */
const BROAD_FACTOR = 0.6;
/** Brands and employers the taxonomy knows are not skills: not a keyword alone, though "Google Cloud" still is. */
const BRANDS: ReadonlySet<string> = new Set((conceptsFile as { notSkills: string[] }).notSkills);

interface Candidate {
  key: string;
  skillId?: string;
  kind: SkillKind;
  surfaces: Map<string, number>;
  sum: number;
  /** Like sum, with listed alternatives discounted: what scoring uses. */
  sumEvidence: number;
  count: number;
  bySection: Map<PostingSectionKind, number>;
  best: { weight: number; heading: string | null; start: number; end: number };
  specificity: number;
  tokens: number;
  lastLine: number;
  lines: number[];
  /** Related skills named on the same line, folded into this keyword ("Quantization (FP8, INT4)"). */
  members: Candidate[];
  /** The weightiest section weight it appears in. */
  max: number;
  maxEvidence: number;
}

/**
 * Ranked keywords: taxonomy skills, then 1-3-word phrases (natural's n-grams) from the rest, each weighted by
 * sublinear frequency x section weight x rarity against spoken English (boilerplate counts as common).
 */
export function extractKeywords(
  tokens: readonly Token[],
  sections: readonly PostingSection[],
  headingRanges: readonly [number, number][],
  ctx?: MentionContext,
): Keyword[] {
  const sectionOf = sectionLookup(tokens, sections, headingRanges);
  const candidates = new Map<string, Candidate>();
  const skillMatches = matchSkills(tokens);
  const covered = new Uint8Array(tokens.length);

  const lineOf = lineNumbers(tokens);
  const degreeLines = new Set<number>();
  for (const m of skillMatches) if (isDegree(m.skill)) degreeLines.add(lineOf[m.first] as number);
  const listSize = enumerationSizes(tokens, skillMatches, lineOf);
  skillMatches.forEach((m, mi) => {
    let factor = 1;
    let employer = true;
    for (let j = m.first; j < m.last; j++) {
      covered[j] = 1;
      factor = Math.min(factor, ctx?.factor[j] ?? 1);
      if (!ctx?.employer[j]) employer = false;
    }
    let sec = sectionOf[m.first];
    // "No Java experience required"; the employer's own name ("Join Calendly") is not a skill it asks for.
    if (!sec || factor === 0 || employer) return;
    if (factor < 1) sec = { ...sec, weight: sec.weight * factor };
    // "MS in Computer Science or Applied Mathematics": fields of study next to a degree are not skills asked for.
    if (!isDegree(m.skill) && degreeLines.has(lineOf[m.first] as number))
      sec = { ...sec, weight: sec.weight * DEGREE_LINE_FACTOR };
    // "such as PyTorch, CUDA, Triton, vLLM, SGLang or DeepSpeed": any one will do, so each counts for less.
    // Listed alternatives all show in the keyword list (a screener may search any of them) but each is weaker
    // evidence of fit when scoring a bullet.
    const n = listSize[mi] ?? 1;
    sec = { ...sec, evidence: n > LIST_FREE ? Math.sqrt(LIST_FREE / n) : 1 };
    const surface = tokens
      .slice(m.first, m.last)
      .map((t) => t.text)
      .join(' ');
    add(candidates, `skill:${m.skill.id}`, sec, surface, m.start, m.end, lineOf[m.first] as number, () => ({
      skillId: m.skill.id,
      kind: m.skill.kind,
      specificity: skillSpecificity(m, tokens),
      tokens: m.last - m.first,
    }));
  });

  // Phrases: runs of content words not already claimed by a skill, broken by stopwords and punctuation.
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    for (let n = 1; n <= 3; n++) {
      for (const gram of ngrams(run, n)) {
        const first = gram[0] as number;
        const last = gram[gram.length - 1] as number;
        let sec = sectionOf[first];
        if (!sec) continue;
        const ts = gram.map((j) => tokens[j] as Token);
        // One everyday word ("app", "design") is not a keyword on its own; in a phrase it can be ("design system").
        if (
          n === 1 &&
          (isCommonWord((ts[0] as Token).lower, COMMON_UNIGRAM_RANK) || BRANDS.has((ts[0] as Token).lower))
        )
          continue;
        if (!nounPhrase(ts)) continue;
        let factor = 1;
        for (const j of gram) factor = Math.min(factor, ctx?.factor[j] ?? 1);
        if (factor < 1) sec = { ...sec, weight: sec.weight * factor };
        const key = ts.map((t) => t.stem).join(' ');
        const surface = ts.map((t) => t.lower).join(' ');
        add(
          candidates,
          key,
          sec,
          surface,
          (tokens[first] as Token).start,
          (tokens[last] as Token).end,
          lineOf[first] as number,
          () => ({ kind: 'domain', specificity: phraseSpecificity(ts), tokens: n }),
        );
      }
    }
    run = [];
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // Negated words, and words of a proper name (a place, a hospital, the employer), start no phrase.
    const content =
      !covered[j] &&
      !isStopword(t.lower) &&
      /[a-z]/.test(t.lower) &&
      t.lower.length > 1 &&
      !/^\d/.test(t.lower) &&
      ctx?.factor[j] !== 0 &&
      !ctx?.name[j] &&
      !ctx?.employer[j];
    if (!content || !t.joined) flush();
    if (content) run.push(j);
  }
  flush();

  const scored = [...candidates.values()]
    .map((c) => ({ c, w: weightOf(c) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.c.best.start - b.c.best.start);
  const kept = mergeRelated(dedupe(scored));
  const top = kept[0]?.w ?? 1;
  // Below a few percent of the top keyword is noise (a word from the benefits or equal-opportunity text).
  return kept
    .filter(({ w }) => w >= MIN_RELATIVE_WEIGHT * top)
    .slice(0, MAX_KEYWORDS)
    .map(({ c, w }) => toKeyword(c, w / top, top));
}

type SectionRef = { kind: PostingSectionKind; weight: number; heading: string | null; evidence?: number } | undefined;

function sectionLookup(
  tokens: readonly Token[],
  sections: readonly PostingSection[],
  headingRanges: readonly [number, number][],
): SectionRef[] {
  const out: SectionRef[] = new Array(tokens.length);
  let s = 0;
  let h = 0;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    while (s < sections.length - 1 && t.start >= (sections[s] as PostingSection).end) s++;
    while (h < headingRanges.length && t.start >= (headingRanges[h] as [number, number])[1]) h++;
    const hr = headingRanges[h];
    if (hr && t.start >= hr[0] && t.start < hr[1]) continue;
    const sec = sections[s];
    if (sec) out[j] = { kind: sec.kind, weight: sec.weight, heading: sec.heading };
  }
  return out;
}

function add(
  candidates: Map<string, Candidate>,
  key: string,
  sec: NonNullable<SectionRef>,
  surface: string,
  start: number,
  end: number,
  line: number,
  init: () => Pick<Candidate, 'kind' | 'specificity' | 'tokens'> & { skillId?: string },
): void {
  let c = candidates.get(key);
  if (!c) {
    c = {
      key,
      ...init(),
      surfaces: new Map(),
      sum: 0,
      sumEvidence: 0,
      maxEvidence: 0,
      count: 0,
      bySection: new Map(),
      best: { weight: -1, heading: null, start, end },
      lastLine: -1,
      max: 0,
      lines: [],
      members: [],
    };
    candidates.set(key, c);
  }
  // A list line naming a skill three ways ("interrupts, memory-mapped IO, DMA") is one mention, not three.
  if (c.lastLine === line) return;
  c.lastLine = line;
  c.lines.push(line);
  c.sum += sec.weight;
  c.max = Math.max(c.max, sec.weight);
  const evidence = sec.weight * (sec.evidence ?? 1);
  c.sumEvidence += evidence;
  c.maxEvidence = Math.max(c.maxEvidence, evidence);
  c.count++;
  c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
  c.bySection.set(sec.kind, (c.bySection.get(sec.kind) ?? 0) + sec.weight);
  if (sec.weight > c.best.weight) c.best = { weight: sec.weight, heading: sec.heading, start, end };
}

/**
 * A degree ("BS in Mechanical Engineering", "Bachelor of Science in Nursing"), not any credential: the line of a
 * licence or a certification ("ACLS required for RNs in the ICU") names skills the job asks for.
 */
function isDegree(skill: { kind: SkillKind; name: string }): boolean {
  return skill.kind === 'credential' && /\b(degree|bachelor|master of|doctor of|phd|mba)\b|'s degree/i.test(skill.name);
}

/** A skill named by a common word ("testing", "scale") is weaker evidence of what the job needs than "CUDA". */
function skillSpecificity(m: SkillMatch, tokens: readonly Token[]): number {
  let r = 0;
  for (let j = m.first; j < m.last; j++) r = Math.max(r, rarity((tokens[j] as Token).lower));
  // An ambiguous name ("Go") already proved by its context that it is the skill, not the word.
  const named = m.skill.ambiguous ? 1 : Math.min(1, 0.35 + 0.75 * r);
  return KIND_FACTOR[m.skill.kind] * (m.skill.broad ? BROAD_FACTOR : 1) * named;
}

/**
 * A keyword phrase names a thing: it ends in a word that can be a noun and does not start with a word that can
 * only be a verb or an adverb ("diligently qualifying", "prioritize tasks", "robust"). Words the lexicon does not
 * know (jargon: "kubernetes", "telemetry") pass.
 */
function nounPhrase(ts: readonly Token[]): boolean {
  const last = posTags((ts[ts.length - 1] as Token).lower);
  if (last !== undefined && !/\bNNS?\b/.test(last)) return false;
  const first = posTags((ts[0] as Token).lower);
  if (ts.length > 1 && first !== undefined && !/\b(NNS?|JJ[RS]?|VBG|VBN)\b/.test(first)) return false;
  return !/^[a-z]\.[a-z]$/.test((ts[0] as Token).lower);
}

/** Mean squared rarity: a phrase of everyday words ("next generation") sinks, jargon ("decoder layers") floats. */
function phraseSpecificity(ts: readonly Token[]): number {
  let sum = 0;
  for (const t of ts) sum += rarity(t.lower) ** 2;
  const lengthFactor = ts.length === 1 ? 0.8 : ts.length === 2 ? 1 : 0.9;
  return PHRASE_FACTOR * lengthFactor * (sum / ts.length);
}

/** Weight for scoring bullets: as weightOf, with listed alternatives discounted. */
function evidenceWeightOf(c: Candidate): number {
  if (c.maxEvidence <= 0) return 0;
  return c.maxEvidence * (1 + REPEAT_BONUS * Math.log(c.sumEvidence / c.maxEvidence)) * c.specificity;
}

function weightOf(c: Candidate): number {
  if (c.max <= 0) return 0;
  // Where it appears matters most; repeating it helps sublinearly (mentions counted in units of its best section).
  const mentions = c.sum / c.max;
  return c.max * (1 + REPEAT_BONUS * Math.log(mentions)) * c.specificity;
}

/** For each skill match, how many skills its comma/or-separated list holds (1 when it stands alone). */
function enumerationSizes(tokens: readonly Token[], matches: readonly SkillMatch[], lineOf: Int32Array): number[] {
  const sizes = new Array<number>(matches.length).fill(1);
  let start = 0;
  const close = (end: number) => {
    for (let i = start; i < end; i++) sizes[i] = end - start;
    start = end;
  };
  for (let i = 1; i < matches.length; i++) {
    const a = matches[i - 1] as SkillMatch;
    const b = matches[i] as SkillMatch;
    let listed = lineOf[a.first] === lineOf[b.first];
    for (let j = a.last; listed && j <= b.first; j++) {
      const t = tokens[j] as Token;
      if (!/^[\s,/()&;]*$/.test(t.gap) || (j < b.first && !LIST_JOINERS.has(t.lower))) listed = false;
    }
    if (!listed) close(i);
  }
  close(matches.length);
  return sizes;
}

function lineNumbers(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let line = 0;
  for (let j = 0; j < tokens.length; j++) {
    if ((tokens[j] as Token).gap.includes('\n')) line++;
    out[j] = line;
  }
  return out;
}

/** Drops a phrase that only ever appears inside a higher-ranked longer phrase, and a longer phrase seen once whose parts already rank. */
function dedupe(scored: { c: Candidate; w: number }[]): { c: Candidate; w: number }[] {
  const kept: { c: Candidate; w: number }[] = [];
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
function mergeRelated(scored: { c: Candidate; w: number }[]): { c: Candidate; w: number }[] {
  const related = getTaxonomy().related;
  const strength = (a: string, b: string) => related.get(a)?.find((r) => r.to === b)?.strength ?? 0;
  const out: { c: Candidate; w: number }[] = [];
  const merged = new Set<Candidate>();
  for (let i = 0; i < scored.length; i++) {
    const parent = scored[i] as { c: Candidate; w: number };
    if (merged.has(parent.c)) continue;
    out.push(parent);
    const pid = parent.c.skillId;
    if (!pid) continue;
    for (let j = i + 1; j < scored.length; j++) {
      const child = scored[j] as { c: Candidate; w: number };
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

function toKeyword(c: Candidate, weight: number, top: number): Keyword {
  const sections = [...c.bySection.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k) as [
    PostingSectionKind,
    ...PostingSectionKind[],
  ];
  const skill = c.skillId ? getTaxonomy().byId.get(c.skillId) : undefined;
  const term = skill?.name ?? mostFrequent(c.surfaces);
  const kw: Keyword = {
    term,
    key: c.skillId ? `skill:${c.skillId}` : c.key,
    kind: c.kind,
    weight: Math.round(weight * 1000) / 1000,
    evidenceWeight: Math.round((1000 * evidenceWeightOf(c)) / top) / 1000,
    count: c.count,
    sections,
    heading: c.best.heading,
    start: c.best.start,
    end: c.best.end,
  };
  if (c.skillId) kw.skillId = c.skillId;
  if (c.members.length) {
    const tax = getTaxonomy();
    kw.members = c.members.map((m) => ({
      term: tax.byId.get(m.skillId ?? '')?.name ?? m.key,
      skillId: m.skillId ?? m.key,
      weight: Math.round((1000 * evidenceWeightOf(m)) / top) / 1000,
    }));
  }
  return kw;
}

function mostFrequent(m: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, v] of m) if (v > n) [best, n] = [k, v];
  return best;
}
