import path from 'node:path';

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs saves of one variant one after another within this process, so two windows saving at once get a clean
 * conflict instead of both passing the revision check. Another process (a sync tool) is caught by the revision check,
 * which leaves only the window between that check and the rename: milliseconds, and no torn file either way.
 */
export async function withVariantLock<T>(dir: string, id: string, fn: () => Promise<T>): Promise<T> {
  return withKeyLock(`${path.resolve(dir)}\0${id}`, fn);
}

/** The same lock for one file (the master, the settings): read-check-write inside it is one step for this process. */
export async function withFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  return withKeyLock(`file\0${path.resolve(file)}`, fn);
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
