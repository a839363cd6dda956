import path from 'node:path';

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs saves of one variant one after another within this process, so two windows saving at once get a clean
 * conflict instead of both passing the revision check. Another process (a sync tool) is caught by the revision check,
 * which leaves only the window between that check and the rename: milliseconds, and no torn file either way.
 */
export async function withVariantLock<T>(dir: string, id: string, fn: () => Promise<T>): Promise<T> {
  const key = `${path.resolve(dir)}\0${id}`;
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
