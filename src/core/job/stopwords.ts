import boilerplate from './data/boilerplate.json';
import { naturalStopwords } from './natural-adapter';

/**
 * Words that never start, end or fill a keyword phrase: natural's English stopwords plus job-posting boilerplate
 * ("team", "experience", "strong"). They stay in the token stream, so taxonomy names that contain them
 * ("A/B testing", "Weights & Biases") still match.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...naturalStopwords,
  ...(boilerplate as { words: string[] }).words,
]);

// "you'll", "we're", "don't", "it's": contractions are grammar, never keywords.
const CONTRACTION = /^[a-z]+(?:n't|'(?:re|ll|ve|d|m|t))$|^(?:it|that|there|here|what|who|he|she|let|where|how)'s$/;

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower) || (lower.includes("'") && CONTRACTION.test(lower));
}
