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
  const pending: { first: number; last: number; refs: AliasRef[] }[] = [];
  const n = tokens.length;
  // Forms ending at each depth of the walk from token i (reused: this runs for every word of every line).
  const exactHits = EXACT_HITS;
  const stemHits = STEM_HITS;
  let i = 0;
  while (i < n) {
    // Walk both tries as far as the words go; the deepest node with forms is the longest match.
    let exactAt = taxonomy.trie.next?.get((tokens[i] as Token).lower);
    let stemAt = taxonomy.stemTrie.next?.get((tokens[i] as Token).stem);
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
      const refs = exact.length ? exact : usable(stemRefs, tokens, i, len);
      if (!refs.length) continue;
      let sure: AliasRef | undefined;
      for (const r of refs)
        if (!r.ambiguous) {
          sure = r;
          break;
        }
      if (sure) found.push(toMatch(sure, tokens, i, i + len, exact.length ? undefined : 'stem'));
      else pending.push({ first: i, last: i + len, refs });
      i += len;
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  if (pending.length) resolvePending(tokens, found, pending);
  return found.length > 1 ? found.sort(byFirst) : found;
}

const EXACT_HITS: (AliasRef[] | undefined)[] = [];
const STEM_HITS: (AliasRef[] | undefined)[] = [];
const NONE: AliasRef[] = [];

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

function resolvePending(
  tokens: readonly Token[],
  found: SkillMatch[],
  pending: { first: number; last: number; refs: AliasRef[] }[],
): void {
  const sure = found.map((m) => m.first);
  for (const p of pending) {
    if (looksLikeWordUse(tokens, p.first, p.last)) continue;
    let best: AliasRef | undefined;
    let bestHits = 0;
    const sentenceStart = p.first === 0 || /[\n.!?:;]\s*(?:[-*]\s*)?$/.test(tokens[p.first]?.gap ?? '');
    for (const ref of p.refs) {
      if (ref.generated && sentenceStart) continue;
      const context = ref.context ?? ref.skill.context;
      const hits = context
        ? contextHits(tokens, p.first, p.last, contextSet(context))
        : genericHits(tokens, p.first, p.last, sure);
      if (hits > bestHits) {
        best = ref;
        bestHits = hits;
      }
    }
    if (best) found.push(toMatch(best, tokens, p.first, p.last));
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
