import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { setTableSource } from '../core/prebuilt-tables';
import type { Taxonomy } from '../core/skills/taxonomy';
import { inflateMap, isFlatMap } from './flat-map';
import { inflateTaxonomy, isFlatTaxonomy, keyIndex } from './flat-taxonomy';

/** Beside the bundle's main.mjs; written by write-table-snapshot.ts when the bundle is built. */
export const TABLE_SNAPSHOT = 'tables.v8';

/**
 * Core's data tables (src/core/prebuilt-tables.ts), built when the bundle was, by the same sources and so under
 * the same content key, are read from `file` the first time a command needs one. They are stored flat
 * (flat-taxonomy.ts, flat-map.ts): lookups are answered from strings and typed arrays, and the taxonomy's nodes,
 * forms and skills are made as matching reaches them. A table stored as v8's plain clone is taken as it is. Without the file (the sources run by vitest or tsx) or with one that does not
 * read, each table is built as usual.
 */
export function useTableSnapshot(file: string): void {
  let snapshot: Record<string, unknown> | null | undefined;
  setTableSource((name) => {
    if (snapshot === undefined) {
      try {
        const v = deserialize(readFileSync(file)) as unknown;
        snapshot = v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
        for (const [key, value] of Object.entries(snapshot ?? {})) {
          if (isFlatTaxonomy(value)) (snapshot as Record<string, unknown>)[key] = inflateTaxonomy(value);
          else if (isFlatMap(value)) (snapshot as Record<string, unknown>)[key] = inflateMap(value);
          else if (key === 'taxonomy') withKeyIndexes(value as Taxonomy);
        }
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
