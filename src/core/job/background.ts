import backgroundFile from './data/background-words.json';
import { lazyTable } from '../prebuilt-tables';

/**
 * Background word frequencies (SUBTLEX-US, via scripts/build-taxonomy.mjs) as ranks: Zipf's law turns a rank
 * into a frequency, which is all inverse document frequency needs. Split lazily: the first posting pays ~2 ms.
 */
const table = lazyTable('background-ranks', () => {
  const ranks = new Map<string, number>();
  const words = (backgroundFile as { words: string }).words.split(' ');
  for (let i = 0; i < words.length; i++) ranks.set(words[i] as string, i + 1);
  return ranks;
});

export function backgroundRank(lowerWord: string): number | undefined {
  return table().get(lowerWord);
}

export const BACKGROUND_SIZE = 30_000;
const HARMONIC = Math.log(BACKGROUND_SIZE) + 0.5772;
const IDF_MIN = Math.log(HARMONIC);
// A word outside the list is rarer than the rarest listed one; tech names and jargon land here.
const IDF_MAX = Math.log(2 * BACKGROUND_SIZE * HARMONIC);

/** 0 for "the", about 0.5 for "performance", 1 for a word spoken English never uses ("latency", "kubernetes"). */
export function rarity(lowerWord: string): number {
  const r = backgroundRank(lowerWord) ?? 2 * BACKGROUND_SIZE;
  return (Math.log(r * HARMONIC) - IDF_MIN) / (IDF_MAX - IDF_MIN);
}

/** True for words among the `top` most frequent in spoken English. */
export function isCommonWord(lowerWord: string, top = 25_000): boolean {
  const r = backgroundRank(lowerWord);
  return r !== undefined && r <= top;
}
