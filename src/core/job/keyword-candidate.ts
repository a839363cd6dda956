import type { SkillKind } from '../skills/schema';
import { getTaxonomy } from '../skills/taxonomy';
import type { Keyword, PostingSectionKind } from './schema';

/** Each doubling of mentions adds about a quarter: a skill named four times outranks one named once, not fourfold. */
const REPEAT_BONUS = 0.35;

/** Where a token sits: its section's kind and weight, and (for a listed skill) how much of it is evidence. */
export type SectionRef =
  { kind: PostingSectionKind; weight: number; heading: string | null; evidence?: number } | undefined;

/** One keyword being collected: every mention of a skill or a phrase, with where it was seen. */
export interface Candidate {
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

export interface Scored {
  c: Candidate;
  w: number;
}

/** Records one mention of `key` (created on first sight by `init`); a second mention on the same line is the same mention. */
export function addMention(
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

/** Display weight: where it appears matters most; repeating it helps sublinearly (mentions in units of its best section). */
export function weightOf(c: Candidate): number {
  if (c.max <= 0) return 0;
  const mentions = c.sum / c.max;
  return c.max * (1 + REPEAT_BONUS * Math.log(mentions)) * c.specificity;
}

/** Weight for scoring bullets: as weightOf, with listed alternatives discounted. */
export function evidenceWeightOf(c: Candidate): number {
  if (c.maxEvidence <= 0) return 0;
  return c.maxEvidence * (1 + REPEAT_BONUS * Math.log(c.sumEvidence / c.maxEvidence)) * c.specificity;
}

/** The public keyword, its weights relative to the top keyword's `top`. */
export function toKeyword(c: Candidate, weight: number, top: number): Keyword {
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
