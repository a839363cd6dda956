import lexiconFile from './data/pos-lexicon.json';
import { lazyTable } from '../prebuilt-tables';
import type { Token } from './tokenize';

/**
 * Part of speech from wink-lexicon (the lexicon of wink-pos-tagger, extracted at build time by
 * scripts/build-engine-data.mjs) plus the few context rules the engine needs: is this capitalized word a name
 * no dictionary knows, and does this tool-named word read as a verb here ("React quickly", "Lead the team")?
 * The full tagger takes half a second to load and tags "in React and Go" as verbs; these rules are narrower.
 */
const { tags, words } = lexiconFile as { tags: string[]; words: string };

const lexicon = lazyTable('pos-lexicon', () => {
  // Built cold on the first analysis, in V8's interpreter: one pass over the packed string, no array per entry.
  const table = new Map<string, string>();
  for (let from = 0; from < words.length;) {
    let end = words.indexOf(' ', from);
    if (end < 0) end = words.length;
    const colon = words.indexOf(':', from);
    let list = tags[words.charCodeAt(colon + 1) - 65] as string;
    for (let c = colon + 2; c < end; c++) list += ` ${tags[words.charCodeAt(c) - 65] as string}`;
    table.set(words.slice(from, colon), list);
    from = end + 1;
  }
  return table;
});

/** The word's tags, most frequent first ("VB VBP"), or undefined for a word the lexicon does not know. */
export function posTags(lowerWord: string): string | undefined {
  return lexicon().get(lowerWord);
}

function firstTag(lowerWord: string): string | undefined {
  const t = posTags(lowerWord);
  return t === undefined ? undefined : t.split(' ', 1)[0];
}

const canBeVerb = (lower: string) => / ?VB[PZ]?\b/.test(posTags(lower) ?? '');
const VERB_BEFORE = new Set([
  'to',
  'will',
  'can',
  'must',
  'should',
  'would',
  'could',
  'may',
  'might',
  'you',
  'we',
  'they',
  "you'll",
  "we'll",
  'i',
  'please',
  'help',
  'not',
]);
const AFTER_VERB_TAGS = new Set(['RB', 'RBR', 'DT', 'PRP', 'PRP$', 'IN', 'TO', 'WRB', 'WDT']);

/** True when the token starts a clause: the first word of a line, a sentence or a list item. */
export function startsClause(tokens: readonly Token[], i: number): boolean {
  return (
    i === 0 ||
    /[\n.!?:;]\s*(?:[-*+]\s*)?$/.test((tokens[i] as Token).gap) ||
    /^\s*[-*+]\s*$/.test((tokens[i] as Token).gap)
  );
}

/**
 * "React quickly to change", "Lead a team", "Transform concepts into designs", "you will drive": the word is a
 * verb, not the tool or skill of the same name. Only for words the lexicon says can be verbs.
 */
export function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!canBeVerb(t.lower)) return false;
  const prev = i > 0 ? (tokens[i - 1] as Token) : undefined;
  if (prev && !startsClause(tokens, i) && VERB_BEFORE.has(prev.lower)) return true;
  if (!startsClause(tokens, i)) return false;
  const next = tokens[i + 1];
  if (!next || /[.,;:!?\n]/.test(next.gap)) return false;
  const nt = firstTag(next.lower);
  if (nt !== undefined && AFTER_VERB_TAGS.has(nt)) return true;
  // "Transform concepts into designs": a plural object, then a preposition.
  const after = tokens[i + 2];
  return nt === 'NNS' && !!after && !/[.,;:!?\n]/.test(after.gap) && ['IN', 'TO'].includes(firstTag(after.lower) ?? '');
}

/** A capitalized word no English dictionary knows ("Tunbridge", "Altera"): a name, not an acronym or a common word. */
export function isNameWord(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c > 127 && t.text[0] !== t.lower[0])) return false;
  // Acronyms and their plurals ("NHS", "RNs", "LPNs") are not names.
  if (t.text.length > 1 && (t.text === t.text.toUpperCase() || /^[A-Z]{2,}s$/.test(t.text))) return false;
  const bare = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
  return posTags(bare) === undefined;
}
