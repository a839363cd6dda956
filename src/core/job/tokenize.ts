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
 */
const WORD = /(?<![A-Za-z0-9_])\.(?=[A-Za-z])[A-Za-z0-9]+|[A-Za-z0-9_]+(?:[.'][A-Za-z0-9_]+)*(?:\+\+|#(?![A-Za-z0-9]))?/g;
const JOINABLE_GAP = /^(?: ?[/&-] ?| )$/;

/** `stems: false` skips stemming (stem = lower) where only exact keys are needed, e.g. indexing generated tool names. */
export function tokenize(text: string, opts: { stems?: boolean } = {}): Token[] {
  const stems = opts.stems !== false;
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const end = start + raw.length;
    const lower = raw.toLowerCase();
    const gap = text.slice(prevEnd, start);
    out.push({ text: raw, lower, stem: stems ? stemToken(lower) : lower, start, end, gap, joined: out.length > 0 && (gap === ' ' || JOINABLE_GAP.test(gap)) });
    prevEnd = end;
  }
  return out;
}

/** Only plain words are stemmed: "kernels" -> "kernel", but "node.js" and "fp16" stay as written. */
export function stemToken(lower: string): string {
  let s = tokenStems.get(lower);
  if (s === undefined) {
    s = PLAIN_WORD.test(lower) ? stem(lower) : lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    if (tokenStems.size > 50_000) tokenStems.clear();
    tokenStems.set(lower, s);
  }
  return s;
}
const PLAIN_WORD = /^[a-z]{3,}$/;
const tokenStems = new Map<string, string>();

/** A key for a word sequence: the same for "CI/CD", "ci-cd" and "CI CD". */
export function keyOf(tokens: readonly Pick<Token, 'lower'>[]): string {
  return tokens.map((t) => t.lower).join(' ');
}

export function stemKeyOf(tokens: readonly Pick<Token, 'stem'>[]): string {
  return tokens.map((t) => t.stem).join(' ');
}
