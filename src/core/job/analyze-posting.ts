import { isCommonWord } from './background';
import { nonEnglishLanguage } from './detect-language';
import { mentionContext } from './mention-context';
import { stripMarkup } from './strip-markup';
import { detectSections } from './detect-sections';
import { extractKeywords } from './extract-keywords';
import { normalizeText } from './normalize-text';
import type { AnalyzeResult } from './schema';
import { tokenize } from './tokenize';
import { getTaxonomy } from '../skills/taxonomy';
import { groupDigits } from '../format-count';
import { MAX_ANALYZED_CHARS } from './posting-limits';

export { MAX_ANALYZED_CHARS };

export function analyzePosting(input: string): AnalyzeResult {
  if (typeof input !== 'string') return { ok: false, error: 'the posting must be text' };
  const notes: string[] = [];
  let raw = input;
  if (raw.length > MAX_ANALYZED_CHARS) {
    notes.push(
      `the posting is ${groupDigits(raw.length)} characters long; analyzed the first ${groupDigits(MAX_ANALYZED_CHARS)}`,
    );
    raw = raw.slice(0, MAX_ANALYZED_CHARS);
  }
  if (!raw.trim()) return { ok: false, error: 'the posting is empty: paste the text of a job posting' };
  const binary = binaryShare(raw);
  if (binary > 0.05)
    return {
      ok: false,
      error: 'the posting looks like binary data, not text: paste or open the posting as plain text',
    };

  // HTML and Markdown pasted from a web page: their text, at the same offsets (tags and marks become blanks).
  const text = normalizeText(stripMarkup(raw));
  const tokens = tokenize(text);
  const words = tokens.filter((t) => /[a-z]/i.test(t.text));
  const taxonomy = getTaxonomy();
  const known = words.filter((t) => isCommonWord(t.lower, 30_000) || !!taxonomy.trie.next?.get(t.lower)?.refs).length;
  if (known < 3 || known < words.length * 0.2)
    return {
      ok: false,
      error: `no recognizable words in the posting (${words.length} word-like tokens, ${known} known English words or skills): paste the posting's text`,
    };
  const language = nonEnglishLanguage(words.map((t) => t.lower));
  if (language)
    notes.push(
      `the posting looks like ${language}, not English: keywords, skills and scores are built for English postings, so expect missing and odd keywords`,
    );
  if (words.length < 20) notes.push(`the posting is very short (${words.length} words); keywords may be incomplete`);

  const { sections, headingRanges } = detectSections(text);
  const keywords = extractKeywords(tokens, sections, headingRanges, mentionContext(tokens));
  if (!keywords.length)
    return { ok: false, error: 'found no keywords in the posting: it has no skills or content words to match' };
  return { ok: true, posting: { text, sections, keywords, wordCount: words.length, notes } };
}

/** Share of characters that never occur in text: control codes and U+FFFD, which a decoder puts for invalid bytes. */
function binaryShare(s: string): number {
  const sample = s.length > 20_000 ? s.slice(0, 20_000) : s;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / sample.length;
}
