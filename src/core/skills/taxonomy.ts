import indexFile from './data/taxonomy-index.json';
import { keyOf, stemKeyOf, tokenize } from '../job/tokenize';
import { lazyTable } from '../prebuilt-tables';
import type { Skill } from './schema';

/** One written form of a skill, as the index stores it. */
export interface AliasRef {
  skill: Skill;
  form: string;
  /** The form's words joined by single spaces, for case-sensitive comparison. */
  surface: string;
  isName: boolean;
  caseSensitive: boolean;
  /** Needs context to count (see match-skills.ts). */
  ambiguous: boolean;
  /** Words that must be nearby, when this form has its own (else the skill's). */
  context?: string[];
  /** From generated data: a capitalized common word at the start of a sentence is just a word. */
  generated: boolean;
  /**
   * A single ordinary English word naming a hard skill or a domain ("pipeline", "production", "test", "scale"):
   * it counts only next to what supports it (a related skill, or another word of the skill's names), never alone.
   */
  needsSupport?: boolean;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  refs?: AliasRef[];
}

export interface Relation {
  to: string;
  strength: number;
}

export interface Taxonomy {
  skills: Skill[];
  byId: Map<string, Skill>;
  byKey: Map<string, AliasRef[]>;
  byStemKey: Map<string, AliasRef[]>;
  maxTokens: number;
  /** Word tries over the forms (lower-case words, and stems): matching walks words, never builds keys. */
  trie: TrieNode;
  stemTrie: TrieNode;
  /** from skill id -> skills it is partial evidence for. */
  related: Map<string, Relation[]>;
}

/** data/taxonomy-index.json as written by build-taxonomy-index.ts. */
export interface TaxonomyIndexFile {
  about: string;
  skills: Skill[];
  refs: {
    s: number;
    form: string;
    surface: string;
    isName: boolean;
    caseSensitive: boolean;
    ambiguous: boolean;
    generated: boolean;
    context?: string[];
    needsSupport?: boolean;
  }[];
  /** Exact keys (lower-case words joined by spaces) with their forms, in the order they were indexed. */
  keys: [string, number[]][];
  stemKeys: [string, number[]][];
  maxTokens: number;
  related: [string, [string, number][]][];
}

/**
 * Loaded on first use from the index built at build time (scripts/build-taxonomy.mjs): no form is tokenized or
 * stemmed at run time, only the maps and word tries are put together. A shell may hand it over already assembled
 * (the CLI bundle's table snapshot, see prebuilt-tables.ts); shared afterwards.
 */
export const getTaxonomy: () => Taxonomy = lazyTable('taxonomy', () =>
  loadTaxonomy(indexFile as unknown as TaxonomyIndexFile),
);

export function loadTaxonomy(file: TaxonomyIndexFile): Taxonomy {
  const skills = file.skills;
  const byId = new Map<string, Skill>();
  for (const s of skills) byId.set(s.id, s);
  const refs: AliasRef[] = file.refs.map((r) => {
    const ref: AliasRef = {
      skill: skills[r.s] as Skill,
      form: r.form,
      surface: r.surface,
      isName: r.isName,
      caseSensitive: r.caseSensitive,
      ambiguous: r.ambiguous,
      generated: r.generated,
    };
    if (r.context) ref.context = r.context;
    if (r.needsSupport) ref.needsSupport = true;
    return ref;
  });
  const byKey = new Map<string, AliasRef[]>();
  const byStemKey = new Map<string, AliasRef[]>();
  const trie: TrieNode = {};
  const stemTrie: TrieNode = {};
  const fill = (entries: [string, number[]][], map: Map<string, AliasRef[]>, root: TrieNode) => {
    for (const [key, ids] of entries) {
      const list = ids.map((i) => refs[i] as AliasRef);
      map.set(key, list);
      let node = root;
      for (const w of key.split(' ')) {
        node.next ??= new Map();
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = {}));
        node = child;
      }
      node.refs = list.slice();
    }
  };
  fill(file.keys, byKey, trie);
  fill(file.stemKeys, byStemKey, stemTrie);
  const related = new Map<string, Relation[]>(
    file.related.map(([from, list]) => [from, list.map(([to, strength]) => ({ to, strength }))]),
  );
  return { skills, byId, byKey, byStemKey, maxTokens: file.maxTokens, trie, stemTrie, related };
}

/** The taxonomy's entry for a name or alias as a person writes it ("k8s" -> Kubernetes), if any. */
export function lookupSkill(text: string): Skill | undefined {
  const t = getTaxonomy();
  const tokens = tokenize(text);
  if (!tokens.length) return undefined;
  const refs = t.byKey.get(keyOf(tokens)) ?? t.byStemKey.get(stemKeyOf(tokens));
  return refs?.[0]?.skill;
}
