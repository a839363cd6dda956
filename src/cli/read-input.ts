import { readStdinText, readTextFile } from '../node/read-text-file';
import { CliError } from './cli-io';

/** Larger files are refused unread; up to this size the analysis itself caps the text and says so. */
const MAX_POSTING_BYTES = 10 * 1024 * 1024;

/** A posting named on the command line: a text file, or "-" for standard input. The service gets its text. */
export async function readPostingArg(source: string, what = ''): Promise<string> {
  const read = source === '-' ? await readStdinText(MAX_POSTING_BYTES) : await readTextFile(source, MAX_POSTING_BYTES);
  if (!read.ok) throw new CliError(`${what}${read.error}`);
  return read.text;
}

/** A JSON file named on the command line (e.g. an edited variant), as text. */
export async function readJsonArg(file: string, maxBytes = 8 * 1024 * 1024): Promise<string> {
  const read = await readTextFile(file, maxBytes);
  if (!read.ok) throw new CliError(read.error);
  return read.text;
}
