import type { Skill } from '../core/skills/schema';
import type { AliasRef, Relation, Taxonomy, TrieNode } from '../core/skills/taxonomy';
import { flattenMap, inflateMap, type FlatMap } from './flat-map';
import {
  bytesAt,
  bytesTable,
  stringAt as at,
  stringTable as table,
  type BytesTable,
  type StringTable,
} from './string-table';

/**
 * The taxonomy as the CLI's table snapshot stores it: strings and typed arrays, no object per trie node, form or
 * skill. v8 reads such a value back as a few copies of memory, where the object graph took ~100k allocations and
 * the garbage collections they set off: most of what a one-off `tailor score` spent. `inflateTaxonomy` turns it
 * back into a Taxonomy whose trie nodes, forms and skills are made only when a walk reaches them, each once, so
 * the objects keep their identities (a form's skill is the skill byId returns) as in the assembled one.
 */
export interface FlatTaxonomy {
  flat: 1;
  maxTokens: number;
  related: FlatMap;
  /** Skill i is JSON.parse of skillJson's string i. */
  skillIds: StringTable;
  skillJson: BytesTable;
  refSkill: Uint32Array;
  /** isName 1, caseSensitive 2, ambiguous 4, generated 8, needsSupport 16, has context 32. */
  refFlags: Uint8Array;
  refForm: BytesTable;
  refSurface: BytesTable;
  /** JSON of the form's own context words, '' when it has none. */
  refContext: BytesTable;
  trie: FlatTrie;
  stemTrie: FlatTrie;
}

/** Node i's edges are edgeStart[i]..edgeStart[i+1], its forms refStart[i]..refStart[i+1] (refs only if hasRefs). */
interface FlatTrie {
  edgeStart: Uint32Array;
  edgeWord: StringTable;
  edgeChild: Uint32Array;
  hasRefs: Uint8Array;
  refStart: Uint32Array;
  refList: Uint32Array;
  /** The root's edges by word, to the child's node number: matching looks up every word of a text there. */
  rootEdges: FlatMap;
}

const FLAG = { isName: 1, caseSensitive: 2, ambiguous: 4, generated: 8, needsSupport: 16, context: 32 } as const;

export function flattenTaxonomy(t: Taxonomy): FlatTaxonomy {
  const skillIndex = new Map(t.skills.map((s, i) => [s, i]));
  const refs: AliasRef[] = [];
  const refIndex = new Map<AliasRef, number>();
  const refOf = (r: AliasRef) => {
    let i = refIndex.get(r);
    if (i === undefined) refIndex.set(r, (i = refs.push(r) - 1));
    return i;
  };
  const trie = flattenTrie(t.trie, refOf);
  const stemTrie = flattenTrie(t.stemTrie, refOf);
  const refSkill = new Uint32Array(refs.length);
  const refFlags = new Uint8Array(refs.length);
  refs.forEach((r, i) => {
    const s = skillIndex.get(r.skill);
    if (s === undefined) throw new Error(`form "${r.form}" names a skill outside the taxonomy`);
    refSkill[i] = s;
    refFlags[i] =
      (r.isName ? FLAG.isName : 0) |
      (r.caseSensitive ? FLAG.caseSensitive : 0) |
      (r.ambiguous ? FLAG.ambiguous : 0) |
      (r.generated ? FLAG.generated : 0) |
      (r.needsSupport ? FLAG.needsSupport : 0) |
      ('context' in r ? FLAG.context : 0);
  });
  return {
    flat: 1,
    maxTokens: t.maxTokens,
    related: flattenMap(t.related, 'json'),
    skillIds: table(t.skills.map((s) => s.id)),
    skillJson: bytesTable(t.skills.map((s) => JSON.stringify(s))),
    refSkill,
    refFlags,
    refForm: bytesTable(refs.map((r) => r.form)),
    refSurface: bytesTable(refs.map((r) => r.surface)),
    refContext: bytesTable(refs.map((r) => ('context' in r ? JSON.stringify(r.context) : ''))),
    trie,
    stemTrie,
  };
}

function flattenTrie(root: TrieNode, refOf: (r: AliasRef) => number): FlatTrie {
  // Breadth first: node numbers are given as edges are written, so each node's edges are contiguous.
  const order: TrieNode[] = [root];
  const edgeStart: number[] = [];
  const words: string[] = [];
  const edgeChild: number[] = [];
  const hasRefs: number[] = [];
  const refStart: number[] = [];
  const refList: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const node = order[i] as TrieNode;
    edgeStart.push(words.length);
    refStart.push(refList.length);
    hasRefs.push(node.refs ? 1 : 0);
    for (const r of node.refs ?? []) refList.push(refOf(r));
    for (const [word, child] of node.next ?? []) {
      words.push(word);
      edgeChild.push(order.push(child) - 1);
    }
  }
  edgeStart.push(words.length);
  refStart.push(refList.length);
  const rootEnd = edgeStart[1] as number;
  const rootEdges = new Map<string, number>();
  for (let e = 0; e < rootEnd; e++) rootEdges.set(words[e] as string, edgeChild[e] as number);
  return {
    rootEdges: flattenMap(rootEdges, 'number'),
    edgeStart: Uint32Array.from(edgeStart),
    edgeWord: table(words),
    edgeChild: Uint32Array.from(edgeChild),
    hasRefs: Uint8Array.from(hasRefs),
    refStart: Uint32Array.from(refStart),
    refList: Uint32Array.from(refList),
  };
}

export function isFlatTaxonomy(v: unknown): v is FlatTaxonomy {
  return !!v && typeof v === 'object' && (v as { flat?: unknown }).flat === 1;
}

export function inflateTaxonomy(f: FlatTaxonomy): Taxonomy {
  const skills: (Skill | undefined)[] = new Array(f.skillIds.ends.length);
  const skill = (i: number): Skill => (skills[i] ??= JSON.parse(bytesAt(f.skillJson, i)) as Skill);
  const refs: (AliasRef | undefined)[] = new Array(f.refSkill.length);
  const ref = (i: number): AliasRef => {
    let r = refs[i];
    if (r) return r;
    const flags = f.refFlags[i] as number;
    r = {
      skill: skill(f.refSkill[i] as number),
      form: bytesAt(f.refForm, i),
      surface: bytesAt(f.refSurface, i),
      isName: !!(flags & FLAG.isName),
      caseSensitive: !!(flags & FLAG.caseSensitive),
      ambiguous: !!(flags & FLAG.ambiguous),
      generated: !!(flags & FLAG.generated),
    };
    if (flags & FLAG.context) r.context = JSON.parse(bytesAt(f.refContext, i)) as string[];
    if (flags & FLAG.needsSupport) r.needsSupport = true;
    return (refs[i] = r);
  };
  const all = () => {
    for (let i = 0; i < skills.length; i++) skill(i);
    return skills as Skill[];
  };
  const t = {
    maxTokens: f.maxTokens,
    related: inflateMap<Relation[]>(f.related),
    trie: trieNode(f.trie, 0, ref),
    stemTrie: trieNode(f.stemTrie, 0, ref),
    byId: new SkillMap(f.skillIds, skill, all),
  } as Omit<Taxonomy, 'skills' | 'byKey' | 'byStemKey'> as Taxonomy;
  once(t, 'skills', all);
  once(t, 'byKey', () => keyIndex(t.trie));
  once(t, 'byStemKey', () => keyIndex(t.stemTrie));
  return t;
}

/** A field made by `make` the first time it is read, then a plain field. */
function once<T extends object>(o: T, field: keyof T & string, make: () => unknown): void {
  Object.defineProperty(o, field, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(o, field, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}

class FlatNode implements TrieNode {
  #next: Map<string, TrieNode> | undefined | null = null;
  #refs: AliasRef[] | undefined | null = null;
  constructor(
    readonly trie: FlatTrie,
    readonly index: number,
    readonly ref: (i: number) => AliasRef,
  ) {}

  get next(): Map<string, TrieNode> | undefined {
    if (this.#next !== null) return this.#next;
    const { edgeStart, edgeChild, edgeWord } = this.trie;
    const from = edgeStart[this.index] as number;
    const to = edgeStart[this.index + 1] as number;
    if (from === to) return (this.#next = undefined);
    if (this.index === 0)
      return (this.#next = inflateMap(
        this.trie.rootEdges,
        (child) => new FlatNode(this.trie, child as number, this.ref),
      ));
    const map = new Map<string, TrieNode>();
    for (let e = from; e < to; e++) map.set(at(edgeWord, e), new FlatNode(this.trie, edgeChild[e] as number, this.ref));
    return (this.#next = map);
  }

  get refs(): AliasRef[] | undefined {
    if (this.#refs !== null) return this.#refs;
    if (!this.trie.hasRefs[this.index]) return (this.#refs = undefined);
    const { refStart, refList } = this.trie;
    const out: AliasRef[] = [];
    for (let k = refStart[this.index] as number; k < (refStart[this.index + 1] as number); k++)
      out.push(this.ref(refList[k] as number));
    return (this.#refs = out);
  }
}

function trieNode(trie: FlatTrie, index: number, ref: (i: number) => AliasRef): TrieNode {
  return new FlatNode(trie, index, ref);
}

/** Skills by id: one lookup parses one skill; anything that lists them parses them all, once. */
class SkillMap extends Map<string, Skill> {
  #ids: Map<string, number> | undefined;
  #full = false;
  constructor(
    readonly idTable: StringTable,
    readonly skill: (i: number) => Skill,
    readonly all: () => Skill[],
  ) {
    super();
  }

  #index(): Map<string, number> {
    if (!this.#ids) {
      this.#ids = new Map();
      for (let i = 0; i < this.idTable.ends.length; i++) this.#ids.set(at(this.idTable, i), i);
    }
    return this.#ids;
  }

  #fill(): this {
    if (!this.#full) {
      this.#full = true;
      for (const s of this.all()) super.set(s.id, s);
    }
    return this;
  }

  override get(id: string): Skill | undefined {
    if (this.#full) return super.get(id);
    const i = this.#index().get(id);
    return i === undefined ? undefined : this.skill(i);
  }

  override has(id: string): boolean {
    return this.#full ? super.has(id) : this.#index().has(id);
  }

  override get size(): number {
    return this.#fill() && super.size;
  }

  override set(id: string, s: Skill): this {
    this.#fill();
    return super.set(id, s);
  }

  override delete(id: string): boolean {
    this.#fill();
    return super.delete(id);
  }

  override forEach(fn: (s: Skill, id: string, m: Map<string, Skill>) => void, self?: unknown): void {
    this.#fill();
    super.forEach(fn, self);
  }

  override entries(): MapIterator<[string, Skill]> {
    return this.#fill() && super.entries();
  }

  override keys(): MapIterator<string> {
    return this.#fill() && super.keys();
  }

  override values(): MapIterator<Skill> {
    return this.#fill() && super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, Skill]> {
    return this.entries();
  }
}

/** A key index (byKey, byStemKey): each node's forms under its words joined by spaces. */
export function keyIndex(root: TrieNode): Map<string, AliasRef[]> {
  const out = new Map<string, AliasRef[]>();
  const walk = (node: TrieNode, words: string[]) => {
    if (node.refs) out.set(words.join(' '), [...node.refs]);
    if (node.next) for (const [word, child] of node.next) walk(child, [...words, word]);
  };
  walk(root, []);
  return out;
}
