import { groupDigits } from '../format-count';

/**
 * How much posting text Tailor takes in, keeps and analyses: every shell, schema and reader takes its limit from
 * here. Each size feeds the next smaller one, and none refuses what a larger one let through silently:
 *
 * - MAX_POSTING_FILE_BYTES: what the CLI reads from a posting file or standard input. A larger file is refused
 *   unread, so a mistyped path to a disk image cannot fill memory. It holds MAX_POSTING_CHARS of any living
 *   script (UTF-8 takes at most 3 bytes for those), so a posting the service keeps is never refused for its
 *   encoding; a file with more text is cut to MAX_POSTING_CHARS, with a note.
 * - MAX_POSTING_CHARS: what a variant stores and what every method accepts (createVariant, analyzePosting,
 *   scoreMaster...). A whole careers page pasted is about 2 MB of text; the variant keeps all of it, so nothing
 *   the person gave is lost and a later, smarter analysis can read more.
 * - MAX_POSTING_BOX_CHARS: what the app's posting box keeps of a paste or an opened file, saying so. A text area
 *   holding millions of characters makes every keystroke slow; no real posting comes near this.
 * - MAX_ANALYZED_CHARS: what the analysis reads, from the start; past it the result carries a note ("analyzed
 *   the first 200,000"). Real postings are 2-20 KB, and a pasted log still gets an answer in well under a second.
 */
export const MAX_ANALYZED_CHARS = 200_000;
export const MAX_POSTING_BOX_CHARS = 500_000;
export const MAX_POSTING_CHARS = 3_000_000;
export const MAX_POSTING_FILE_BYTES = 10 * 1024 * 1024;

/** The message every schema gives for a posting over MAX_POSTING_CHARS. */
export const POSTING_TOO_LONG = `must be at most ${groupDigits(MAX_POSTING_CHARS)} characters`;
