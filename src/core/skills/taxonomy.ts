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

/**
 * Runs once per process, cold, mostly in V8's interpreter before anything is optimized: so plain indexed loops,
 * no for-of or array destructuring (each is an iterator protocol there) and no split per key.
 */
export function loadTaxonomy(file: TaxonomyIndexFile): Taxonomy {
  const skills = file.skills;
  const byId = new Map<string, Skill>();
  for (let i = 0; i < skills.length; i++) byId.set((skills[i] as Skill).id, skills[i] as Skill);
  const refs: AliasRef[] = new Array<AliasRef>(file.refs.length);
  for (let i = 0; i < refs.length; i++) {
    const r = file.refs[i] as TaxonomyIndexFile['refs'][number];
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
    refs[i] = ref;
  }
  const byKey = new Map<string, AliasRef[]>();
  const byStemKey = new Map<string, AliasRef[]>();
  const trie: TrieNode = {};
  const stemTrie: TrieNode = {};
  const step = (node: TrieNode, w: string): TrieNode => {
    const next = (node.next ??= new Map());
    let child = next.get(w);
    if (!child) next.set(w, (child = {}));
    return child;
  };
  const fill = (entries: [string, number[]][], map: Map<string, AliasRef[]>, root: TrieNode) => {
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e] as [string, number[]];
      const key = entry[0];
      const ids = entry[1];
      const list = new Array<AliasRef>(ids.length);
      for (let k = 0; k < ids.length; k++) list[k] = refs[ids[k] as number] as AliasRef;
      map.set(key, list);
      let node = root;
      let from = 0;
      for (let sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', from)) {
        node = step(node, key.slice(from, sp));
        from = sp + 1;
      }
      node = step(node, from === 0 ? key : key.slice(from));
      // Shared with the key map: nothing changes a loaded taxonomy (only build-taxonomy-index.ts pushes forms).
      node.refs = list;
    }
  };
  fill(file.keys, byKey, trie);
  fill(file.stemKeys, byStemKey, stemTrie);
  const related = new Map<string, Relation[]>();
  for (let i = 0; i < file.related.length; i++) {
    const entry = file.related[i] as [string, [string, number][]];
    const list = entry[1];
    const out = new Array<Relation>(list.length);
    for (let k = 0; k < list.length; k++) {
      const pair = list[k] as [string, number];
      out[k] = { to: pair[0], strength: pair[1] };
    }
    related.set(entry[0], out);
  }
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
