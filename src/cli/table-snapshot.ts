import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { setTableSource } from '../core/prebuilt-tables';
import type { Taxonomy } from '../core/skills/taxonomy';
import { inflateTaxonomy, isFlatTaxonomy, keyIndex } from './flat-taxonomy';

/** Beside the bundle's main.mjs; written by write-table-snapshot.ts when the bundle is built. */
export const TABLE_SNAPSHOT = 'tables.v8';

/**
 * Core's data tables (src/core/prebuilt-tables.ts), built when the bundle was, by the same sources and so under
 * the same content key, are read from `file` the first time a command needs one. The taxonomy is stored flat
 * (flat-taxonomy.ts) and its parts are made as matching reaches them; the other tables are v8's structured
 * clone of the maps as they were. Without the file (the sources run by vitest or tsx) or with one that does not
 * read, each table is built as usual.
 */
export function useTableSnapshot(file: string): void {
  let snapshot: Record<string, unknown> | null | undefined;
  setTableSource((name) => {
    if (snapshot === undefined) {
      try {
        const v = deserialize(readFileSync(file)) as unknown;
        snapshot = v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
        if (snapshot && isFlatTaxonomy(snapshot.taxonomy)) snapshot.taxonomy = inflateTaxonomy(snapshot.taxonomy);
        else if (snapshot?.taxonomy) withKeyIndexes(snapshot.taxonomy as Taxonomy);
      } catch {
        snapshot = null;
      }
    }
    return snapshot?.[name];
  });
}

/** A snapshot of the assembled taxonomy may leave out its key indexes: they are derived from the tries if read. */
function withKeyIndexes(t: Taxonomy): void {
  const lazy = (field: 'byKey' | 'byStemKey', trie: () => Taxonomy['trie']) =>
    Object.defineProperty(t, field, {
      configurable: true,
      enumerable: true,
      get() {
        const value = keyIndex(trie());
        Object.defineProperty(t, field, { value, enumerable: true, writable: true });
        return value;
      },
    });
  if (!(t.byKey instanceof Map)) lazy('byKey', () => t.trie);
  if (!(t.byStemKey instanceof Map)) lazy('byStemKey', () => t.stemTrie);
}
