/**
 * The one place core touches natural. Loading the package root takes ~1 s and pulls in database drivers and
 * dotenv (which prints to stdout), so we import just the modules we use. natural is CommonJS: under Node ESM
 * only the default import works, hence `import x from` on each deep path.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import stopwordsModule from 'natural/lib/natural/util/stopwords.js';

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;
export const MAX_STEM_LENGTH = 64;

/** Porter stem of a lower-case word, memoized: the same few thousand words recur across bullets and keystrokes. */
export function stem(lowerWord: string): string {
  // Porter's stemmer is superlinear on long vowelless tokens (40k letters took seconds); no word is this long.
  if (lowerWord.length > MAX_STEM_LENGTH) return lowerWord;
  let s = stemCache.get(lowerWord);
  if (s === undefined) {
    s = PorterStemmer.stem(lowerWord);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(lowerWord, s);
  }
  return s;
}

/**
 * The runs of n consecutive items, as natural's NGrams.ngrams gives them for an array without padding. Written out:
 * natural's module loads underscore whole (about 160 modules) for three one-line helpers.
 */
export function ngrams<T>(sequence: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i + n <= sequence.length; i++) out.push(sequence.slice(i, i + n));
  return out;
}

/** natural's English stopword list (170 words). */
export const naturalStopwords: readonly string[] = stopwordsModule.words;
