import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseJsonText } from '../core/resume/parse-json-text';
import type { Resume } from '../core/resume/schema';
import { validateResume } from '../core/resume/validate-resume';
import { writeFileAtomic } from './atomic-write';
import { readBounded } from './bounded-read';
import { backupBeforeOverwrite, backupFolder } from './file-backups';
import { MAX_RESUME_BYTES } from './load-resume';
import { decodeText, formatBytes, fsReason } from './read-text-file';
import { sweepFolderOnce } from './temp-sweep';
import { withFileLock } from './variant-lock';

/** A token for the master file's bytes: the editor hands it back so a change made elsewhere is not overwritten. */
export function masterRevision(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

export type MasterFileError = { ok: false; code: 'conflict' | 'io' | 'too-big' | 'exists'; error: string };

/** The file's bytes, null when there is none; ordinary files only and capped like every master read. */
export async function readMasterBytes(file: string): Promise<{ ok: true; bytes: Uint8Array | null } | MasterFileError> {
  // The first read of a launch (opening the editor, a save, an import) clears what crashed writes left beside it.
  await sweepFolderOnce(path.dirname(file));
  await sweepFolderOnce(backupFolder(file));
  try {
    const read = await readBounded(file, MAX_RESUME_BYTES, 'a master resume may be');
    if (!read.ok) return { ok: false, code: 'io', error: `cannot read ${file}: it ${read.reason}` };
    return { ok: true, bytes: read.bytes };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, bytes: null };
    return { ok: false, code: 'io', error: `cannot read ${file}: ${fsReason(e)}` };
  }
}

/** Whether bytes are a master resume the app can open: only those join the backup history. */
export function isReadableMaster(bytes: Uint8Array): boolean {
  const json = parseJsonText(decodeText(bytes));
  return json.ok && validateResume(json.value).ok;
}

/** The bytes a master is written as; refused when the reader would refuse them, so a "saved" master always opens. */
export function masterText(resume: Resume): { ok: true; text: string } | MasterFileError {
  const text = `${JSON.stringify(resume, null, 2)}\n`;
  const size = Buffer.byteLength(text);
  if (size > MAX_RESUME_BYTES)
    return {
      ok: false,
      code: 'too-big',
      error: `the master resume would be ${formatBytes(size)} on disk, more than the ${formatBytes(MAX_RESUME_BYTES)} it may be; nothing was saved`,
    };
  return { ok: true, text };
}

export type MasterSaved = { ok: true; revision: string; backup: string | null; text: string };

/**
 * Replaces the master: under the file's lock, the revision the editor read is checked against the bytes on disk, the
 * previous bytes are backed up, then the new ones are written, each step atomic. `expectedRevision` undefined means
 * "whatever is there" (an import), and `mustNotExist` refuses an existing file outright.
 */
export async function replaceMasterFile(
  file: string,
  resume: Resume,
  opts: { expectedRevision?: string; mustNotExist?: boolean; now?: Date } = {},
): Promise<MasterSaved | MasterFileError> {
  const out = masterText(resume);
  if (!out.ok) return out;
  return withFileLock(file, async () => {
    const current = await readMasterBytes(file);
    if (!current.ok) return current;
    if (opts.mustNotExist && current.bytes)
      return { ok: false, code: 'exists', error: `${file} already exists; nothing was written` };
    if (
      opts.expectedRevision !== undefined &&
      (current.bytes === null || masterRevision(current.bytes) !== opts.expectedRevision)
    )
      return {
        ok: false,
        code: 'conflict',
        error: `${file} changed on disk since it was opened; reload the master resume before saving`,
      };
    let backup: string | null = null;
    try {
      if (current.bytes)
        backup = (await backupBeforeOverwrite(file, current.bytes, isReadableMaster(current.bytes), opts.now)).backup;
      await writeFileAtomic(file, out.text);
    } catch (e) {
      return { ok: false, code: 'io', error: `could not save ${file}: ${fsReason(e)}` };
    }
    return { ok: true, revision: masterRevision(out.text), backup, text: out.text };
  });
}
