import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs saves of one variant one after another: within this process by a promise chain, and across processes (the
 * app and `tailor` at the command line, two launches) by a lock file beside it, so two writers saving at once get a
 * clean conflict instead of both passing the revision check.
 */
export async function withVariantLock<T>(dir: string, id: string, fn: () => Promise<T>): Promise<T> {
  const folder = path.resolve(dir);
  return withKeyLock(`${folder}\0${id}`, () => withLockFile(path.join(folder, `.${id}.variant.lock`), fn));
}

/** The same lock for one file (the master, the settings): read-check-write inside it is one step for every process. */
export async function withFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const abs = path.resolve(file);
  return withKeyLock(`file\0${abs}`, () =>
    withLockFile(path.join(path.dirname(abs), `.${path.basename(abs)}.lock`), fn),
  );
}

async function withKeyLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const prev = tails.get(key) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

/**
 * A save holds the lock for milliseconds; one held this long belongs to a writer that hung or died on another
 * machine (a synced folder), where its pid cannot be asked. Waiting is bounded by this too: the lock never fails a
 * save, at worst it waits this long and takes over.
 */
const STALE_LOCK_MS = 15_000;
/** A lock file without its owner line yet: the owner is between creating and writing it, or died there. */
const UNWRITTEN_LOCK_MS = 2_000;

interface Owner {
  pid: number;
  host: string;
  at: number;
  token: string;
}

/**
 * Creates the lock file with O_EXCL (`wx`): exactly one process succeeds. The loser waits while the owner is alive,
 * and takes the lock over when its owner is gone (same machine, pid no longer running) or the lock is stale. Where
 * no lock file can be made (a read-only or missing folder), the write that follows reports the problem in its own
 * words; the in-process lock still holds.
 */
async function withLockFile<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  const me: Owner = { pid: process.pid, host: os.hostname(), at: Date.now(), token: randomBytes(8).toString('hex') };
  const held = await acquire(lockFile, me);
  try {
    return await fn();
  } finally {
    if (held) await release(lockFile, me);
  }
}

async function acquire(lockFile: string, me: Owner): Promise<boolean> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const h = await fs.open(lockFile, 'wx');
      try {
        await h.writeFile(JSON.stringify({ ...me, at: Date.now() }));
      } finally {
        await h.close();
      }
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return false;
    }
    const owner = await readOwner(lockFile);
    if (owner === 'gone') continue;
    if (isAbandoned(owner) || Date.now() - started > STALE_LOCK_MS) {
      await takeOver(lockFile, owner);
      continue;
    }
    await new Promise((r) => setTimeout(r, Math.min(5 + attempt * 5, 50) + Math.random() * 10));
  }
}

async function readOwner(lockFile: string): Promise<Owner | { unwritten: number } | 'gone'> {
  try {
    const [text, st] = await Promise.all([fs.readFile(lockFile, 'utf8'), fs.stat(lockFile)]);
    try {
      const o = JSON.parse(text) as Owner;
      if (typeof o.pid === 'number' && typeof o.token === 'string') return o;
    } catch {
      // Not written yet, or torn by a crash: judged by its age below.
    }
    return { unwritten: st.mtimeMs };
  } catch {
    return 'gone';
  }
}

function isAbandoned(owner: Owner | { unwritten: number }): boolean {
  if ('unwritten' in owner) return Date.now() - owner.unwritten > UNWRITTEN_LOCK_MS;
  if (Date.now() - owner.at > STALE_LOCK_MS) return true;
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves the abandoned lock aside under a name of our own, then checks it was the one judged abandoned: if another
 * process took it over first and made a fresh lock, that fresh lock is put back (link fails rather than overwrite).
 */
async function takeOver(lockFile: string, judged: Owner | { unwritten: number }): Promise<void> {
  const aside = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await fs.rename(lockFile, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  const same =
    moved !== 'gone' &&
    ('unwritten' in judged ? 'unwritten' in moved : !('unwritten' in moved) && moved.token === judged.token);
  if (!same) await fs.link(aside, lockFile).catch(() => undefined);
  await fs.rm(aside, { force: true }).catch(() => undefined);
}

async function release(lockFile: string, me: Owner): Promise<void> {
  const owner = await readOwner(lockFile);
  // Taken over while we were slow (over STALE_LOCK_MS): the lock is someone else's now.
  if (owner === 'gone' || 'unwritten' in owner || owner.token !== me.token) return;
  await fs.rm(lockFile, { force: true }).catch(() => undefined);
}
