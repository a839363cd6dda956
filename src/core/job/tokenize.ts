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
const JOINABLE_GAP = /^(?: ?[/&-] ?| )$/;

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
  const stems = opts.stems !== false;
  const out: Token[] = [];
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
    const raw = text.slice(i, end);
    // One lookup by the word as written gives both its lower case and its stem: the same words recur in every line.
    let word = stems ? rawWords.get(raw) : undefined;
    if (!word) {
      const lower = raw.toLowerCase();
      word = { lower, stem: stems ? stemToken(lower) : lower };
      if (stems && raw.length <= MAX_STEMMED_LENGTH) {
        if (rawWords.size > 50_000) rawWords.clear();
        rawWords.set(raw, word);
      }
    }
    const gap = text.slice(prevEnd, i);
    out.push({
      text: raw,
      lower: word.lower,
      stem: word.stem,
      start: i,
      end,
      gap,
      joined: out.length > 0 && (gap === ' ' || JOINABLE_GAP.test(gap)),
    });
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
const rawWords = new Map<string, { lower: string; stem: string }>();
const tokenStems = new Map<string, string>();

/** A key for a word sequence: the same for "CI/CD", "ci-cd" and "CI CD". */
export function keyOf(tokens: readonly Pick<Token, 'lower'>[]): string {
  return tokens.map((t) => t.lower).join(' ');
}

export function stemKeyOf(tokens: readonly Pick<Token, 'stem'>[]): string {
  return tokens.map((t) => t.stem).join(' ');
}
