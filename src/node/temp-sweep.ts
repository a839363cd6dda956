import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * writeFileAtomic's temp files (`.<name>.<pid>.<12 hex>.tmp`), and the lock files of variant-lock.ts that a killed
 * process left (`.<file>.json.lock`, `.<id>.variant.lock`, and a taken-over lock's `….lock.<pid>.<8 hex>.stale`). No
 * lock is held for minutes: past the age below its owner is gone.
 */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$|^\..+\.(json|variant)\.lock$|^\..+\.lock\.\d+\.[0-9a-f]{8}\.stale$/;
// No live write takes ten minutes; a temp file this old was left by a crash or a power cut.
export const ORPHAN_TEMP_AGE_MS = 10 * 60 * 1000;

const swept = new Set<string>();

/** Removes the temp files crashed writes left in a folder (ordinary files only, never a link's target). */
export async function sweepOrphanTempFiles(dir: string, now = Date.now()): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const n of names.filter((x) => TEMP_FILE.test(x))) {
    const st = await fs.lstat(path.join(dir, n)).catch(() => null);
    if (!st?.isFile() || now - st.mtimeMs <= ORPHAN_TEMP_AGE_MS) continue;
    await fs.rm(path.join(dir, n), { force: true }).then(
      () => removed.push(n),
      () => undefined,
    );
  }
  return removed;
}

/**
 * The sweep once per folder per process, at start: when the folder's first file is read (the master's folder and its
 * backups, the settings' folder). Only writeFileAtomic's own temp names are ever removed, so a folder shared with
 * other files (the master may sit in Documents) loses nothing else.
 */
export async function sweepFolderOnce(dir: string): Promise<void> {
  const key = path.resolve(dir);
  if (swept.has(key)) return;
  swept.add(key);
  await sweepOrphanTempFiles(dir);
}

/** The library's sweep: the folder and its trash, when the library is first listed. */
export async function sweepOnce(dir: string): Promise<void> {
  const first = !swept.has(path.resolve(dir));
  await sweepFolderOnce(dir);
  if (!first) return;
  // Never through a `.trash` symlink: the sweep stays inside the library.
  const trash = await fs.lstat(path.join(dir, '.trash')).catch(() => null);
  if (trash?.isDirectory()) await sweepOrphanTempFiles(path.join(dir, '.trash'));
}
