import type { TrieNode } from '../skills/taxonomy';
import { stem } from './natural-adapter';

/** One word of text with where it sits; `gap` is the text between the previous token and this one. */
export interface Token {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
  gap: string;
  /** True when a phrase may continue from the previous token into this one (space, "/", "-" or "&" between). */
  joined: boolean;
  /** The word as written, shared by every token of it (see Word). */
  word: Word;
}

/**
 * A word as written ("Kubernetes", "kernels"), whatever line it stands in. The same few thousand words make up
 * every resume and posting, so what later stages learn about a word is kept here, once, instead of in a map
 * they look it up in for every token: a lookup in a large map is most of what tokenizing 10,000 lines costs.
 */
export interface Word {
  raw: string;
  lower: string;
  stem: string;
  /** For analyze-line.ts: 0 not yet known, 1 a content word, 2 not (a stopword, no letter). */
  content: 0 | 1 | 2;
  /** For match-skills.ts: the taxonomy the roots below were looked up in, and the word's nodes under its tries' roots. */
  rootsOf: object | null;
  exactRoot: TrieNode | undefined;
  stemRoot: TrieNode | undefined;
  /**
   * For score-line.ts: the serial of the posting matcher the node below was looked up in (a number, so that a word
   * keeps no old matcher alive), and the word's node under that matcher's phrase trie.
   */
  phraseOf: number;
  phraseRoot: object | undefined;
}

/**
 * Tech names keep their symbols: C++, C#, F#, .NET, Node.js, 5.7x, Tile_lang, k8s, FP16. "/" and "-" split
 * words (CI/CD -> ci, cd; memory-bandwidth -> memory, bandwidth) but keep them joinable, so taxonomy aliases
 * written either way ("CI/CD", "CI CD", "ci-cd") meet on the same key. natural's tokenizers return bare
 * strings without offsets and split "C++" into "C", so we tokenize here and use natural for stems and n-grams.
 *
 * A token is what this pattern matches; the scanner below does the same without a match object per word
 * (the UI tokenizes on every keystroke and a 10,000-bullet resume is 300,000 words):
 *   (?<![\p{L}\p{M}\p{N}_])\.(?=\p{L})[\p{L}\p{M}\p{N}]+  |
 *   [\p{L}\p{M}\p{N}_]+(?:[.'][\p{L}\p{M}\p{N}_]+)*(?:\+\+|#(?![\p{L}\p{M}\p{N}]))?
 * (letters of any script, so "für" is one word)
 */
/** The gap /^(?: ?[/&-] ?| )$/ describes, tested without a regex run for every word. */
function joinableGap(g: string): boolean {
  const n = g.length;
  if (n === 1) return g === ' ' || isJoiner(g.charCodeAt(0));
  if (n === 2) {
    const a = g.charCodeAt(0);
    const b = g.charCodeAt(1);
    return (a === 32 && isJoiner(b)) || (isJoiner(a) && b === 32);
  }
  return n === 3 && g.charCodeAt(0) === 32 && isJoiner(g.charCodeAt(1)) && g.charCodeAt(2) === 32;
}
function isJoiner(c: number): boolean {
  return c === 47 || c === 38 || c === 45; // / & -
}

// Letters outside ASCII stay inside their words ("für", "Zürich", "naïve"): one cached test per code unit.
const UNICODE_WORD = /[\p{L}\p{M}\p{N}]/u;
const unicodeWord = new Uint8Array(0x10000);
function isUnicodeWord(c: number): boolean {
  let v = unicodeWord[c] as number;
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 2 : UNICODE_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    unicodeWord[c] = v;
  }
  return v === 1;
}
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && isUnicodeWord(c));
}
function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 95;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && isUnicodeWord(c));
}

/**
 * Past this length a token is not a word (a pasted hash, a base64 blob): it is never stemmed, because natural's
 * Porter stemmer takes seconds on a 40,000-letter word without vowels.
 */
export const MAX_STEMMED_LENGTH = 64;

/** `stems: false` skips stemming (stem = lower) where only exact keys are needed, e.g. indexing generated tool names. */
export function tokenize(text: string, opts: { stems?: boolean } = {}): Token[] {
  return scan(text, opts.stems !== false, null);
}

/**
 * Like tokenize, but the token objects are the same ones every call: the next call overwrites them. For a caller
 * that reads the tokens at once and keeps none (scoring a line keeps strings and numbers): 10,000 new bullets are
 * 300,000 tokens, and not making them is a third of the garbage.
 */
export function tokenizeTransient(text: string): Token[] {
  return scan(text, true, TOKEN_POOL);
}
const TOKEN_POOL: Token[] = [];
const TRANSIENT_OUT: Token[] = [];

/**
 * The text between two tokens. Most gaps are one or two ASCII characters (" ", ", ", ". ", " ("): those are the same
 * few strings on every line, so they are kept once instead of cut from the text for every word.
 */
function gapAt(text: string, from: number, to: number): string {
  const len = to - from;
  if (len === 0) return '';
  const a = text.charCodeAt(from);
  if (len === 1) return a < 128 ? (ONE_CHAR_GAP[a] as string) : text.slice(from, to);
  if (len !== 2 || a >= 128) return text.slice(from, to);
  const b = text.charCodeAt(from + 1);
  if (b >= 128) return text.slice(from, to);
  const key = a * 128 + b;
  let g = TWO_CHAR_GAP[key];
  if (g === undefined) TWO_CHAR_GAP[key] = g = text.slice(from, to);
  return g;
}
const ONE_CHAR_GAP: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
const TWO_CHAR_GAP: (string | undefined)[] = new Array<string | undefined>(128 * 128).fill(undefined);
/** Lines longer than this (a pasted posting scored as one line) get fresh tokens past it: the pool is never huge. */
const TOKEN_POOL_MAX = 4096;

function scan(text: string, stems: boolean, pool: Token[] | null): Token[] {
  // Transient tokens come in one reused array too: the caller keeps none of it.
  const out: Token[] = pool ? TRANSIENT_OUT : [];
  out.length = 0;
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = -1;
    if (c === 46 && i + 1 < n && isLetter(text.charCodeAt(i + 1)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      // ".NET"
      end = i + 1;
      while (end < n && isAlnum(text.charCodeAt(end))) end++;
    } else if (isWordChar(c)) {
      end = i + 1;
      for (;;) {
        while (end < n && isWordChar(text.charCodeAt(end))) end++;
        const sep = text.charCodeAt(end);
        // "node.js", "don't", "5.7x": a dot or apostrophe between word characters stays inside the word.
        if ((sep === 46 || sep === 39) && end + 1 < n && isWordChar(text.charCodeAt(end + 1))) end += 2;
        else break;
      }
      if (text.charCodeAt(end) === 43 && text.charCodeAt(end + 1) === 43) end += 2;
      else if (text.charCodeAt(end) === 35 && !(end + 1 < n && isAlnum(text.charCodeAt(end + 1)))) end += 1;
    }
    if (end < 0) {
      i++;
      continue;
    }
    // One lookup by the word as written, without cutting it out of the text first: the same words recur in every line.
    const word = stems && end - i <= MAX_STEMMED_LENGTH ? wordAt(text, i, end) : newWord(text.slice(i, end), stems);
    const gap = gapAt(text, prevEnd, i);
    const joined = out.length > 0 && (gap === ' ' || joinableGap(gap));
    const reused = pool?.[out.length];
    if (reused) {
      reused.text = word.raw;
      reused.lower = word.lower;
      reused.stem = word.stem;
      reused.start = i;
      reused.end = end;
      reused.gap = gap;
      reused.joined = joined;
      reused.word = word;
      out.push(reused);
    } else {
      const t: Token = { text: word.raw, lower: word.lower, stem: word.stem, start: i, end, gap, joined, word };
      if (pool && pool.length < TOKEN_POOL_MAX) pool.push(t);
      out.push(t);
    }
    prevEnd = end;
    i = end;
  }
  return out;
}

/** Only plain words are stemmed: "kernels" -> "kernel", but "node.js" and "fp16" stay as written. */
export function stemToken(lower: string): string {
  let s = tokenStems.get(lower);
  if (s === undefined) {
    s =
      lower.length > MAX_STEMMED_LENGTH
        ? lower
        : PLAIN_WORD.test(lower)
          ? stem(lower)
          : lower.endsWith("'s")
            ? lower.slice(0, -2)
            : lower;
    if (tokenStems.size > 50_000) tokenStems.clear();
    if (lower.length <= MAX_STEMMED_LENGTH) tokenStems.set(lower, s);
  }
  return s;
}
const PLAIN_WORD = /^[a-z]{3,}$/;
const tokenStems = new Map<string, string>();

function newWord(raw: string, stems: boolean): Word {
  const lower = raw.toLowerCase();
  return {
    raw,
    lower,
    stem: stems ? stemToken(lower) : lower,
    content: 0,
    rootsOf: null,
    exactRoot: undefined,
    stemRoot: undefined,
    phraseOf: 0,
    phraseRoot: undefined,
  };
}

/**
 * The words seen so far, in an open-addressing table keyed by a hash of the characters: a word already seen is
 * found by comparing it in place, with no string made for it. Bounded: when full it starts over.
 */
const WORD_SLOTS = 1 << 17;
const MAX_WORDS = 50_000;
const MAX_PROBES = 64;
const slotHash = new Int32Array(WORD_SLOTS);
const slotWord: (Word | undefined)[] = new Array<Word | undefined>(WORD_SLOTS).fill(undefined);
let wordCount = 0;

function wordAt(text: string, start: number, end: number): Word {
  // FNV-1a over the UTF-16 code units; 0 marks an empty slot, so a hash of 0 is stored as 1.
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  h = h | 0 || 1;
  const len = end - start;
  let slot = h & (WORD_SLOTS - 1);
  let probes = 0;
  for (;;) {
    const sh = slotHash[slot] as number;
    if (sh === 0) break;
    if (sh === h) {
      const w = slotWord[slot] as Word;
      if (w.raw.length === len && sameChars(w.raw, text, start, len)) return w;
    }
    // A run this long only comes of words made to collide (a hostile paste): such a word is not kept, so no
    // lookup ever walks more than this.
    if (++probes === MAX_PROBES) return newWord(text.slice(start, end), true);
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  const w = newWord(text.slice(start, end), true);
  if (wordCount >= MAX_WORDS) {
    slotHash.fill(0);
    slotWord.fill(undefined);
    wordCount = 0;
    slot = h & (WORD_SLOTS - 1);
  }
  slotHash[slot] = h;
  slotWord[slot] = w;
  wordCount++;
  return w;
}

function sameChars(a: string, text: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (a.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A key for a word sequence: the same for "CI/CD", "ci-cd" and "CI CD". */
export function keyOf(tokens: readonly Pick<Token, 'lower'>[]): string {
  return tokens.map((t) => t.lower).join(' ');
}

export function stemKeyOf(tokens: readonly Pick<Token, 'stem'>[]): string {
  return tokens.map((t) => t.stem).join(' ');
}
