import type { SkillMatch } from '../skills/match-skills';
import type { SectionRef } from './keyword-candidate';
import type { PostingSection } from './schema';
import type { Token } from './tokenize';

const LIST_JOINERS = new Set(['or', 'and', 'etc', 'e.g', 'eg', 'like', 'including']);

/** The section of every token; heading tokens get none (their words are labels, not keywords). */
export function sectionLookup(
  tokens: readonly Token[],
  sections: readonly PostingSection[],
  headingRanges: readonly [number, number][],
): SectionRef[] {
  const out: SectionRef[] = new Array(tokens.length);
  let s = 0;
  let h = 0;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    while (s < sections.length - 1 && t.start >= (sections[s] as PostingSection).end) s++;
    while (h < headingRanges.length && t.start >= (headingRanges[h] as [number, number])[1]) h++;
    const hr = headingRanges[h];
    if (hr && t.start >= hr[0] && t.start < hr[1]) continue;
    const sec = sections[s];
    if (sec) out[j] = { kind: sec.kind, weight: sec.weight, heading: sec.heading };
  }
  return out;
}

/** The line number of every token. */
export function lineNumbers(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let line = 0;
  for (let j = 0; j < tokens.length; j++) {
    if ((tokens[j] as Token).gap.includes('\n')) line++;
    out[j] = line;
  }
  return out;
}

/** For each skill match, how many skills its comma/or-separated list holds (1 when it stands alone). */
export function enumerationSizes(
  tokens: readonly Token[],
  matches: readonly SkillMatch[],
  lineOf: Int32Array,
): number[] {
  const sizes = new Array<number>(matches.length).fill(1);
  let start = 0;
  const close = (end: number) => {
    for (let i = start; i < end; i++) sizes[i] = end - start;
    start = end;
  };
  for (let i = 1; i < matches.length; i++) {
    const a = matches[i - 1] as SkillMatch;
    const b = matches[i] as SkillMatch;
    let listed = lineOf[a.first] === lineOf[b.first];
    for (let j = a.last; listed && j <= b.first; j++) {
      const t = tokens[j] as Token;
      if (!/^[\s,/()&;]*$/.test(t.gap) || (j < b.first && !LIST_JOINERS.has(t.lower))) listed = false;
    }
    if (!listed) close(i);
  }
  close(matches.length);
  return sizes;
}
