import concepts from '../skills/data/concepts.json';
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
  // Employers and brands the taxonomy knows are not skills ("NVIDIA is seeking...") are not keywords either.
  ...(concepts as { notSkills: string[] }).notSkills.filter((w) => /^[a-z]+$/.test(w)),
]);

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower);
}
