import { readsAsVerb } from '../job/pos-lexicon';
import { sortSmall } from '../sort-small';
import type { Token } from '../job/tokenize';
import type { Skill } from './schema';
import { getTaxonomy, type AliasRef, type Taxonomy } from './taxonomy';

export type SkillMatchKind = 'exact' | 'alias' | 'stem';

export interface SkillMatch {
  skill: Skill;
  kind: SkillMatchKind;
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Words that make a bare "Go", "R" or "C" read as a language even with no other skill nearby. */
const TECH_CONTEXT = new Set([
  'programming',
  'language',
  'languages',
  'code',
  'coding',
  'developer',
  'developers',
  'development',
  'software',
  'scripting',
  'compiler',
  'written',
  'write',
  'writing',
  'implemented',
  'built',
  'using',
  'stack',
  'backend',
  'frontend',
  'services',
  'library',
  'libraries',
  'framework',
  'frameworks',
  'engineer',
  'engineers',
  'proficiency',
  'proficient',
]);
const SKILL_WINDOW = 8;
const CONTEXT_WINDOW = 12;

/**
 * Finds taxonomy skills in a token sequence, longest match first. Ambiguous names (Go, Rust, Spark, Triton,
 * R) are decided after the unambiguous ones, by what surrounds them: their own context words when the
 * taxonomy lists some, otherwise other skills or programming words nearby.
 */
export function matchSkills(tokens: readonly Token[], taxonomy: Taxonomy = getTaxonomy()): SkillMatch[] {
  const found: SkillMatch[] = [];
  const pending: Pending[] = [];
  const n = tokens.length;
  // Forms ending at each depth of the walk from token i (reused: this runs for every word of every line).
  const exactHits = EXACT_HITS;
  const stemHits = STEM_HITS;
  let i = 0;
  while (i < n) {
    // Walk both tries as far as the words go; the deepest node with forms is the longest match.
    // The first step, from the roots, is the one most words fail: its answer is kept on the word.
    const w = (tokens[i] as Token).word;
    if (w.rootsOf !== taxonomy) {
      w.rootsOf = taxonomy;
      w.exactRoot = taxonomy.trie.next?.get(w.lower);
      w.stemRoot = taxonomy.stemTrie.next?.get(w.stem);
    }
    let exactAt = w.exactRoot;
    let stemAt = w.stemRoot;
    if (!exactAt && !stemAt) {
      i++;
      continue;
    }
    exactHits[0] = exactAt?.refs;
    stemHits[0] = stemAt?.refs;
    let depth = 1;
    for (let j = i + 1; j < n && (exactAt || stemAt); j++) {
      const t = tokens[j] as Token;
      if (!t.joined) break;
      exactAt = exactAt?.next?.get(t.lower);
      stemAt = stemAt?.next?.get(t.stem);
      exactHits[depth] = exactAt?.refs;
      stemHits[depth] = stemAt?.refs;
      depth++;
    }
    let advanced = false;
    for (let len = depth; len >= 1; len--) {
      const exactRefs = exactHits[len - 1];
      const stemRefs = stemHits[len - 1];
      if (!exactRefs && !stemRefs) continue;
      const exact = usable(exactRefs, tokens, i, len);
      let refs = exact.length ? exact : usable(stemRefs, tokens, i, len);
      // Porter maps "registered" to "registers" and "product" to "production": an inflection only when it
      // keeps the word ("tests" for "test", "GPU kernel" for "GPU kernels").
      if (!exact.length && refs.length) refs = refs.filter((r) => sameWords(r, tokens, i, len));
      if (!refs.length) continue;
      // "C-suite", "C-level": a letter joined to a word is not a language.
      if (len === 1 && (tokens[i] as Token).text.length <= 2 && tokens[i + 1]?.gap === '-') continue;
      // "React quickly", "Excel at": the verb, not the tool of the same name.
      if (len === 1 && allToolsOrAmbiguous(refs) && readsAsVerb(tokens, i)) continue;
      let sure: AliasRef | undefined;
      for (const r of refs)
        if (!r.ambiguous && !r.needsSupport) {
          sure = r;
          break;
        }
      if (sure) found.push(toMatch(sure, tokens, i, i + len, exact.length ? undefined : 'stem'));
      else pending.push({ first: i, last: i + len, refs, stem: !exact.length });
      i += len;
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  if (!pending.length) return found; // found in text order
  resolvePending(tokens, found, pending, taxonomy);
  return sortSmall(found, byFirst);
}

interface Pending {
  first: number;
  last: number;
  refs: AliasRef[];
  stem: boolean;
}

const EXACT_HITS: (AliasRef[] | undefined)[] = [];
const STEM_HITS: (AliasRef[] | undefined)[] = [];
const NONE: AliasRef[] = [];

/** Each word of the text is the form's word or its inflection: the same first letters but for the last three. */
function sameWords(ref: AliasRef, tokens: readonly Token[], first: number, len: number): boolean {
  const words = formWords(ref);
  if (words.length !== len) return true;
  for (let k = 0; k < len; k++) {
    const a = (tokens[first + k] as Token).lower;
    const b = words[k] as string;
    if (a === b) continue;
    if (len === 1) {
      // One word alone: only an inflection within its part of speech: "tests" for "test", "profiled" for
      // "profiling", never "registered" for "registers" (a verb form for a plural noun).
      if (!sameInflection(a, b)) return false;
      continue;
    }
    const n = Math.min(a.length, b.length);
    let p = 0;
    while (p < n && a[p] === b[p]) p++;
    if (p < n - 3 || p < 3) return false;
  }
  return true;
}

/** A form's lower-case words, split once per form: stem-only hits are checked on every line that has them. */
const formWordCache = new WeakMap<AliasRef, readonly string[]>();
function formWords(ref: AliasRef): readonly string[] {
  let words = formWordCache.get(ref);
  if (!words) {
    words = ref.form
      .toLowerCase()
      .split(/[\s/-]+/)
      .filter(Boolean);
    formWordCache.set(ref, words);
  }
  return words;
}

const SUFFIX = /(ing|ed|es|s|d)$/;
function inflection(w: string): { base: string; cls: 'base' | 'plural' | 'verb' } {
  const m = SUFFIX.exec(w);
  if (!m || w.length - (m[1] as string).length < 3) return { base: w.replace(/e$/, ''), cls: 'base' };
  const suffix = m[1] as string;
  const base = w.slice(0, -suffix.length).replace(/e$/, '');
  return { base, cls: suffix === 's' || suffix === 'es' ? 'plural' : 'verb' };
}
function allToolsOrAmbiguous(refs: readonly AliasRef[]): boolean {
  for (const r of refs) if (!(r.skill.kind === 'tool' || r.skill.ambiguous)) return false;
  return true;
}

/** Memoized: the same few word pairs ("tests" and "test") come up on line after line. */
const inflectionPairs = new Map<string, Map<string, boolean>>();
function sameInflection(a: string, b: string): boolean {
  let byB = inflectionPairs.get(a);
  if (!byB) {
    if (inflectionPairs.size > 20_000) inflectionPairs.clear();
    inflectionPairs.set(a, (byB = new Map()));
  }
  let same = byB.get(b);
  if (same === undefined) byB.set(b, (same = sameInflectionOf(a, b)));
  return same;
}
function sameInflectionOf(a: string, b: string): boolean {
  const x = inflection(a);
  const y = inflection(b);
  if (x.base !== y.base) return false;
  return x.cls === y.cls || x.cls === 'base' || y.cls === 'base';
}

function byFirst(a: SkillMatch, b: SkillMatch): number {
  return a.first - b.first;
}

/** The forms that fit the text as written: a case-sensitive form ("Go", "MS") must match its case. */
function usable(refs: AliasRef[] | undefined, tokens: readonly Token[], first: number, len: number): AliasRef[] {
  if (!refs) return NONE;
  let caseSensitive = false;
  for (const r of refs) if (r.caseSensitive) caseSensitive = true;
  if (!caseSensitive) return refs;
  let surface = (tokens[first] as Token).text;
  for (let j = first + 1; j < first + len; j++) surface += ` ${(tokens[j] as Token).text}`;
  return refs.filter((r) => !r.caseSensitive || surface === r.surface);
}

function toMatch(
  ref: AliasRef,
  tokens: readonly Token[],
  first: number,
  last: number,
  kind?: SkillMatchKind,
): SkillMatch {
  return {
    skill: ref.skill,
    kind: kind ?? (ref.isName ? 'exact' : 'alias'),
    first,
    last,
    start: (tokens[first] as Token).start,
    end: (tokens[last - 1] as Token).end,
  };
}

function resolvePending(tokens: readonly Token[], found: SkillMatch[], pending: Pending[], taxonomy: Taxonomy): void {
  const sure = found.map((m) => m.first);
  const sureFound = found.slice();
  for (const p of pending) {
    if (looksLikeWordUse(tokens, p.first, p.last)) continue;
    let best: AliasRef | undefined;
    let bestHits = 0;
    const sentenceStart = p.first === 0 || /[\n.!?:;]\s*(?:[-*]\s*)?$/.test(tokens[p.first]?.gap ?? '');
    for (const ref of p.refs) {
      if (ref.generated && sentenceStart) continue;
      const context = ref.context ?? ref.skill.context;
      const hits = ref.needsSupport
        ? supportHits(tokens, p.first, p.last, ref, sureFound, taxonomy)
        : context
          ? contextHits(tokens, p.first, p.last, contextSet(context))
          : ref.generated
            ? techHits(tokens, p.first, p.last)
            : genericHits(tokens, p.first, p.last, sure);
      if (hits > bestHits) {
        best = ref;
        bestHits = hits;
      }
    }
    if (best) found.push(toMatch(best, tokens, p.first, p.last, p.stem ? 'stem' : undefined));
  }
}

const contextSets = new WeakMap<readonly string[], Set<string>>();
function contextSet(words: readonly string[]): Set<string> {
  let set = contextSets.get(words);
  if (!set) {
    set = new Set(words);
    contextSets.set(words, set);
  }
  return set;
}

/** "R&D", "C-suite", "Plan B": letters that are not languages. */
function looksLikeWordUse(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last];
  const before = tokens[first]?.gap ?? '';
  if (next && /^[&'-]$/.test(next.gap)) return true;
  return /&\s*$/.test(before) && first > 0 && (tokens[first - 1] as Token).end === (tokens[first] as Token).start - 1;
}

function contextHits(tokens: readonly Token[], first: number, last: number, words: Set<string>): number {
  let hits = 0;
  for (let j = Math.max(0, first - CONTEXT_WINDOW); j < Math.min(tokens.length, last + CONTEXT_WINDOW); j++) {
    if (j >= first && j < last) continue;
    const t = tokens[j] as Token;
    if (words.has(t.lower) || words.has(t.stem)) hits++;
  }
  return hits;
}

function genericHits(tokens: readonly Token[], first: number, last: number, sureStarts: number[]): number {
  let hits = 0;
  for (const s of sureStarts) if (s >= first - SKILL_WINDOW && s < last + SKILL_WINDOW) hits++;
  for (let j = Math.max(0, first - 3); j < Math.min(tokens.length, last + 3); j++) {
    if (j >= first && j < last) continue;
    if (TECH_CONTEXT.has((tokens[j] as Token).lower)) hits++;
  }
  return hits;
}

/** Words of a skill's other names ("data" for "pipeline" of Data Pipelines), built once per skill. */
const supportWords = new WeakMap<object, Set<string>>();
function supportSet(ref: AliasRef, taxonomy: Taxonomy): Set<string> {
  let set = supportWords.get(ref.skill);
  if (!set) {
    set = new Set();
    const own = ref.form.toLowerCase();
    for (const form of [ref.skill.name, ...ref.skill.aliases])
      for (const w of form.toLowerCase().split(/[^a-z0-9+#]+/))
        if (w.length > 2 && w !== own && !STOP_SUPPORT.has(w)) set.add(w);
    for (const w of ref.skill.context ?? []) set.add(w.toLowerCase());
    supportWords.set(ref.skill, set);
  }
  void taxonomy;
  return set;
}
const STOP_SUPPORT = new Set([
  'and',
  'the',
  'for',
  'with',
  'of',
  'skills',
  'management',
  'systems',
  'system',
  'development',
]);

/** Support for an everyday word as a skill: a related skill nearby, or another word of the skill's own names. */
function supportHits(
  tokens: readonly Token[],
  first: number,
  last: number,
  ref: AliasRef,
  sure: readonly SkillMatch[],
  taxonomy: Taxonomy,
): number {
  let hits = 0;
  const related = taxonomy.related.get(ref.skill.id);
  for (const m of sure) {
    if (m.first < first - CONTEXT_WINDOW || m.first > last + CONTEXT_WINDOW) continue;
    if (related?.some((r) => r.to === m.skill.id)) hits++;
  }
  const words = supportSet(ref, taxonomy);
  for (let j = Math.max(0, first - 4); j < Math.min(tokens.length, last + 4); j++) {
    if (j >= first && j < last) continue;
    const t = tokens[j] as Token;
    if (words.has(t.lower)) hits++;
  }
  return hits;
}

/** Programming words right next to a generated brand name: "Metal shaders", not "sheet metal". */
function techHits(tokens: readonly Token[], first: number, last: number): number {
  let hits = 0;
  for (let j = Math.max(0, first - 3); j < Math.min(tokens.length, last + 3); j++) {
    if (j >= first && j < last) continue;
    if (TECH_CONTEXT.has((tokens[j] as Token).lower)) hits++;
  }
  return hits;
}
