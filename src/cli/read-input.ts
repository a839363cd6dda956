import { MAX_POSTING_CHARS, MAX_POSTING_FILE_BYTES } from '../core/job/posting-limits';
import { groupDigits } from '../core/format-count';
import { readStdinText, readTextFile } from '../node/read-text-file';
import { CliError, say } from './cli-io';

/**
 * A posting named on the command line: a text file, or "-" for standard input. A file over the byte cap is
 * refused unread; text over what a variant keeps is cut, saying so (the analysis then reads its own, smaller
 * prefix and notes that too). See core/job/posting-limits.ts.
 */
export async function readPostingArg(source: string, what = ''): Promise<string> {
  const read =
    source === '-' ? await readStdinText(MAX_POSTING_FILE_BYTES) : await readTextFile(source, MAX_POSTING_FILE_BYTES);
  if (!read.ok) throw new CliError(`${what}${read.error}`);
  if (read.text.length <= MAX_POSTING_CHARS) return read.text;
  say(
    `note: the posting is ${groupDigits(read.text.length)} characters; kept the first ${groupDigits(MAX_POSTING_CHARS)}`,
  );
  return read.text.slice(0, MAX_POSTING_CHARS);
}

/** A JSON file named on the command line (e.g. an edited variant), as text. */
export async function readJsonArg(file: string, maxBytes = 8 * 1024 * 1024): Promise<string> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) throw new CliError(read.error);
  return read.text;
}
