import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { setTableSource } from '../core/prebuilt-tables';

/** Beside the bundle's main.mjs; written by write-table-snapshot.ts when the bundle is built. */
export const TABLE_SNAPSHOT = 'tables.v8';

/**
 * Core's data tables (src/core/prebuilt-tables.ts), built when the bundle was, by the same sources and so under
 * the same content key, are read from `file` the first time a command needs one. v8's structured clone keeps
 * the shared skill objects, maps and tries as they were, and reads back in a fraction of the time building them
 * takes. Without the file (the sources run by vitest or tsx) or with one that does not read, each table is built
 * as usual.
 */
export function useTableSnapshot(file: string): void {
  let snapshot: Record<string, unknown> | null | undefined;
  setTableSource((name) => {
    if (snapshot === undefined) {
      try {
        const v = deserialize(readFileSync(file)) as unknown;
        snapshot = v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
      } catch {
        snapshot = null;
      }
    }
    return snapshot?.[name];
  });
}
