/**
 * The tables core builds once per process from its bundled data: the skill taxonomy, the part-of-speech lexicon,
 * the background word ranks. Built cold they cost about 250 ms, most of what a one-off `tailor score` spends, so
 * a short-lived shell may hand them over already built (the CLI bundle ships them serialized, written when the
 * bundle is built from the same sources: src/cli/table-snapshot.ts). Everywhere else, and whenever the source has
 * no such table, each is built on first use as before. Core stays pure: the source is a function a shell sets.
 */
type Source = (name: string) => unknown;

let source: Source | undefined;
const tables = new Map<string, () => unknown>();

/** A getter that returns the table `name`, taken from the source or built by `build`, once. */
export function lazyTable<T>(name: string, build: () => T): () => T {
  let value: T | undefined;
  const get = () => (value ??= (source?.(name) as T | undefined) ?? build());
  tables.set(name, get);
  return get;
}

export function setTableSource(fn: Source | undefined): void {
  source = fn;
}

/** Every table registered by the modules loaded so far, built: what a snapshot holds. */
export function allTables(): Record<string, unknown> {
  return Object.fromEntries([...tables].map(([name, get]) => [name, get()]));
}

/**
 * Builds the registered tables one at a time, each when `idle` calls back: a shell warms them while the person is
 * still reading the first screen, so the first posting they paste does not wait for them (about 30 ms cold).
 */
export function warmTables(idle: (build: () => void) => void): void {
  for (const get of tables.values()) idle(() => void get());
}
