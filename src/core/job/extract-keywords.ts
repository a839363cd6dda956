import { matchSkills } from '../skills/match-skills';
import { collectPhrases } from './collect-phrases';
import { companyVoice } from './company-voice';
import { SECTION_WEIGHT } from './detect-sections';
import { addMention, toKeyword, weightOf, type Candidate } from './keyword-candidate';
import { dedupe, mergeRelated } from './keyword-dedupe';
import { isDegree, skillSpecificity } from './keyword-specificity';
import type { MentionContext } from './mention-context';
import { enumerationSizes, lineNumbers, sectionLookup } from './posting-lines';
import type { Keyword, PostingSection } from './schema';
import type { Token } from './tokenize';

const MAX_KEYWORDS = 60;
const MIN_RELATIVE_WEIGHT = 0.05;
const DEGREE_LINE_FACTOR = 0.3;
/** A list of up to this many skills names each as needed; a longer list offers alternatives. */
const LIST_FREE = 3;

/**
 * Ranked keywords: taxonomy skills, then 1-3-word phrases from the rest (collect-phrases.ts), each weighted by
 * sublinear frequency x section weight x rarity against spoken English (keyword-candidate.ts,
 * keyword-specificity.ts), near-duplicates dropped and related skills on one line folded (keyword-dedupe.ts).
 */
export function extractKeywords(
  tokens: readonly Token[],
  sections: readonly PostingSection[],
  headingRanges: readonly [number, number][],
  ctx?: MentionContext,
): Keyword[] {
  const sectionOf = sectionLookup(tokens, sections, headingRanges);
  // The employer talking about itself in the opening or untitled text counts as its "About us" section would.
  if (ctx) {
    const voice = companyVoice(tokens, ctx.employer);
    sectionOf.forEach((sec, j) => {
      if (sec && voice[j] && (sec.kind === 'intro' || sec.kind === 'other'))
        sectionOf[j] = { ...sec, kind: 'about_company', weight: Math.min(sec.weight, SECTION_WEIGHT.about_company) };
    });
  }
  const candidates = new Map<string, Candidate>();
  const skillMatches = matchSkills(tokens);
  const covered = new Uint8Array(tokens.length);

  const lineOf = lineNumbers(tokens);
  const degreeLines = new Set<number>();
  for (const m of skillMatches) if (isDegree(m.skill)) degreeLines.add(lineOf[m.first] as number);
  const listSize = enumerationSizes(tokens, skillMatches, lineOf);
  skillMatches.forEach((m, mi) => {
    let factor = 1;
    let employer = true;
    for (let j = m.first; j < m.last; j++) {
      covered[j] = 1;
      factor = Math.min(factor, ctx?.factor[j] ?? 1);
      if (!ctx?.employer[j]) employer = false;
    }
    let sec = sectionOf[m.first];
    // "No Java experience required"; the employer's own name ("Join Calendly") is not a skill it asks for.
    if (!sec || factor === 0 || employer) return;
    if (factor < 1) sec = { ...sec, weight: sec.weight * factor };
    // "MS in Computer Science or Applied Mathematics": fields of study next to a degree are not skills asked for.
    if (!isDegree(m.skill) && degreeLines.has(lineOf[m.first] as number))
      sec = { ...sec, weight: sec.weight * DEGREE_LINE_FACTOR };
    // "such as PyTorch, CUDA, Triton, vLLM, SGLang or DeepSpeed": any one will do, so each counts for less.
    // Listed alternatives all show in the keyword list (a screener may search any of them) but each is weaker
    // evidence of fit when scoring a bullet.
    const n = listSize[mi] ?? 1;
    sec = { ...sec, evidence: n > LIST_FREE ? Math.sqrt(LIST_FREE / n) : 1 };
    const surface = tokens
      .slice(m.first, m.last)
      .map((t) => t.text)
      .join(' ');
    addMention(candidates, `skill:${m.skill.id}`, sec, surface, m.start, m.end, lineOf[m.first] as number, () => ({
      skillId: m.skill.id,
      kind: m.skill.kind,
      specificity: skillSpecificity(m, tokens),
      tokens: m.last - m.first,
    }));
  });

  collectPhrases(candidates, tokens, covered, sectionOf, lineOf, ctx);

  const scored = [...candidates.values()]
    .map((c) => ({ c, w: weightOf(c) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.c.best.start - b.c.best.start);
  const kept = mergeRelated(dedupe(scored));
  const top = kept[0]?.w ?? 1;
  // Below a few percent of the top keyword is noise (a word from the benefits or equal-opportunity text).
  return kept
    .filter(({ w }) => w >= MIN_RELATIVE_WEIGHT * top)
    .slice(0, MAX_KEYWORDS)
    .map(({ c, w }) => toKeyword(c, w / top, top));
}
