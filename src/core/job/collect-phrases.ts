import conceptsFile from '../skills/data/concepts.json';
import { isCommonWord } from './background';
import { addMention, type Candidate, type SectionRef } from './keyword-candidate';
import { nounPhrase, phraseSpecificity } from './keyword-specificity';
import type { MentionContext } from './mention-context';
import { ngrams } from './natural-adapter';
import { isStopword } from './stopwords';
import type { Token } from './tokenize';

/** Single words more frequent than this in spoken English do not stand alone as keywords. */
const COMMON_UNIGRAM_RANK = 15_000;
/** Brands and employers the taxonomy knows are not skills: not a keyword alone, though "Google Cloud" still is. */
const BRANDS: ReadonlySet<string> = new Set((conceptsFile as { notSkills: string[] }).notSkills);

/**
 * Free phrases: 1-3-word n-grams (natural's) of runs of content words no skill claimed (`covered`), broken by
 * stopwords and punctuation; each noun-like one is a candidate beside the taxonomy skills.
 */
export function collectPhrases(
  candidates: Map<string, Candidate>,
  tokens: readonly Token[],
  covered: Uint8Array,
  sectionOf: readonly SectionRef[],
  lineOf: Int32Array,
  ctx?: MentionContext,
): void {
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    for (let n = 1; n <= 3; n++) {
      for (const gram of ngrams(run, n)) {
        const first = gram[0] as number;
        const last = gram[gram.length - 1] as number;
        let sec = sectionOf[first];
        if (!sec) continue;
        const ts = gram.map((j) => tokens[j] as Token);
        // One everyday word ("app", "design") is not a keyword on its own; in a phrase it can be ("design system").
        if (
          n === 1 &&
          (isCommonWord((ts[0] as Token).lower, COMMON_UNIGRAM_RANK) || BRANDS.has((ts[0] as Token).lower))
        )
          continue;
        if (!nounPhrase(ts)) continue;
        let factor = 1;
        for (const j of gram) factor = Math.min(factor, ctx?.factor[j] ?? 1);
        if (factor < 1) sec = { ...sec, weight: sec.weight * factor };
        const key = ts.map((t) => t.stem).join(' ');
        const surface = ts.map((t) => t.lower).join(' ');
        addMention(
          candidates,
          key,
          sec,
          surface,
          (tokens[first] as Token).start,
          (tokens[last] as Token).end,
          lineOf[first] as number,
          () => ({ kind: 'domain', specificity: phraseSpecificity(ts), tokens: n }),
        );
      }
    }
    run = [];
  };
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // Negated words, and words of a proper name (a place, a hospital, the employer), start no phrase.
    const content =
      !covered[j] &&
      !isStopword(t.lower) &&
      /[a-z]/.test(t.lower) &&
      t.lower.length > 1 &&
      !/^\d/.test(t.lower) &&
      ctx?.factor[j] !== 0 &&
      !ctx?.name[j] &&
      !ctx?.employer[j];
    if (!content || !t.joined) flush();
    if (content) run.push(j);
  }
  flush();
}
