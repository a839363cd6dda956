import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { setTableSource } from '../core/prebuilt-tables';
import type { AliasRef, Taxonomy, TrieNode } from '../core/skills/taxonomy';

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
        if (snapshot?.taxonomy) withKeyIndexes(snapshot.taxonomy as Taxonomy);
      } catch {
        snapshot = null;
      }
    }
    return snapshot?.[name];
  });
}

/**
 * The snapshot leaves out the taxonomy's key indexes (write-table-snapshot.ts): each holds exactly the forms of
 * one word trie, under its words joined by spaces, so it is derived from the trie the first time it is read.
 */
function withKeyIndexes(t: Taxonomy): void {
  const lazy = (field: 'byKey' | 'byStemKey', trie: () => TrieNode) =>
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

function keyIndex(root: TrieNode): Map<string, AliasRef[]> {
  const out = new Map<string, AliasRef[]>();
  const walk = (node: TrieNode, words: string[]) => {
    if (node.refs) out.set(words.join(' '), [...node.refs]);
    if (node.next) for (const [word, child] of node.next) walk(child, [...words, word]);
  };
  walk(root, []);
  return out;
}
