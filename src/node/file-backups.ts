import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** Enough history to step back over a bad afternoon of edits, small enough to never matter on disk. */
export const KEEP_BACKUPS = 10;

/** "…/master.json" -> "…/master.backup.json": the newest good previous version, beside the file it protects. */
export function latestBackupPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.backup${ext || '.json'}`);
}

/** "…/master.json" -> "…/master.backups/": the timestamped history. */
export function backupFolder(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.backups`);
}

// Colons are not allowed in Windows file names; the ISO form otherwise sorts by time as text.
function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-');
}

export interface BackupDone {
  /** Where the previous bytes are now (the newest backup, or the side copy of an unreadable file). */
  backup: string;
  /** False when the previous bytes were not a good file and were set aside instead of joining the history. */
  rotated: boolean;
}

/**
 * Keeps the bytes a save is about to replace. A good previous file joins the last KEEP_BACKUPS timestamped copies and
 * becomes the newest backup; a damaged one is set aside under its own name (`master.unreadable-<time>.json`) so it
 * can never push a good backup out of the history, and is not lost either.
 */
export async function backupBeforeOverwrite(
  file: string,
  previous: Uint8Array,
  isGood: boolean,
  now = new Date(),
): Promise<BackupDone> {
  const ext = path.extname(file) || '.json';
  const stem = path.basename(file, path.extname(file));
  if (!isGood) {
    const aside = path.join(path.dirname(file), `${stem}.unreadable-${stamp(now)}${ext}`);
    await writeFileAtomic(aside, previous);
    return { backup: aside, rotated: false };
  }
  const folder = backupFolder(file);
  await fs.mkdir(folder, { recursive: true });
  await writeFileAtomic(path.join(folder, `${stem}-${stamp(now)}${ext}`), previous);
  const latest = latestBackupPath(file);
  await writeFileAtomic(latest, previous);
  await pruneBackups(folder, stem, ext);
  return { backup: latest, rotated: true };
}

async function pruneBackups(folder: string, stem: string, ext: string): Promise<void> {
  const mine = (await fs.readdir(folder))
    .filter((n) => n.startsWith(`${stem}-`) && n.endsWith(ext) && !n.startsWith('.'))
    .sort();
  for (const old of mine.slice(0, Math.max(0, mine.length - KEEP_BACKUPS)))
    await fs.rm(path.join(folder, old), { force: true }).catch(() => undefined);
}

/** The timestamped backups of a file, oldest first. */
export async function listBackups(file: string): Promise<string[]> {
  const ext = path.extname(file) || '.json';
  const stem = path.basename(file, path.extname(file));
  const folder = backupFolder(file);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  return names
    .filter((n) => n.startsWith(`${stem}-`) && n.endsWith(ext))
    .sort()
    .map((n) => path.join(folder, n));
}
