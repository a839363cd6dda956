import path from 'node:path';
import { writeFileAtomic } from '../node/atomic-write';
import { fsReason } from '../node/read-text-file';
import { CliError } from './cli-io';

/** `--out FILE` for JSON a command prints otherwise: written whole or not at all. */
export async function writeOutFile(file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(file), text);
  } catch (e) {
    throw new CliError(`cannot write ${file}: ${fsReason(e)}`);
  }
}
