import type { ResumeScore } from '../../core/match';

/** The one colour language of both panes: a posting keyword is found in the resume, weak (only a related skill), or missing. */
export type KeywordStatus = 'found' | 'weak' | 'missing';

export const STATUS_LABEL: Record<KeywordStatus, string> = {
  found: 'in your resume',
  weak: 'only a related skill',
  missing: 'not in your resume',
};

/** Each counted keyword's status, by its lower-cased term; keywords past the counted top ones have none. */
export function keywordStatuses(score: ResumeScore | null): Map<string, KeywordStatus> {
  const out = new Map<string, KeywordStatus>();
  if (!score) return out;
  for (const part of score.breakdown ?? [])
    for (const item of part.items)
      out.set(
        item.term.toLowerCase(),
        item.status === 'literal' ? 'found' : item.status === 'related' ? 'weak' : 'missing',
      );
  for (const m of score.missing) out.set(m.term.toLowerCase(), m.status);
  return out;
}

/** A resume highlight in the same language: the posting's own word (or an alias or form of it) is found, a related skill weak. */
export const spanStatus = (kind: string): KeywordStatus => (kind === 'related' ? 'weak' : 'found');

const KIND_LABEL: Record<string, string> = {
  hard_skill: 'skill',
  tool: 'tool',
  soft_skill: 'soft skill',
  domain: 'domain',
  credential: 'credential',
};

/** A keyword's kind in words, shown as a small label beside it (colour is kept for found / weak / missing). */
export const kindLabel = (kind: string): string => KIND_LABEL[kind] ?? kind;
