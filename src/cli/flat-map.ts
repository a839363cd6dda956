import { stringAt, stringIs, stringTable, type StringTable } from './string-table';

/**
 * A Map<string, V> of core's tables as the CLI's table snapshot stores it: its keys in one string, an open
 * addressing hash table over them, and its values as numbers (word ranks), as indexes into their few distinct
 * values (part-of-speech tags) or as JSON read on lookup (skill relations). v8 reads it back as a few copies of
 * memory instead of one entry at a time, and `inflateMap` answers lookups from it without building the map.
 */
export interface FlatMap {
  flatMap: 1;
  keys: StringTable;
  /** Entry index + 1 at the key's hash slot (linear probing); 0 is empty. */
  slots: Uint32Array;
  values:
    | { kind: 'number'; numbers: Float64Array }
    | { kind: 'distinct'; distinct: unknown[]; index: Uint32Array }
    | { kind: 'json'; json: StringTable };
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

export function flattenMap(map: Map<string, unknown>, kind: FlatMap['values']['kind']): FlatMap {
  const keys = [...map.keys()];
  const values = [...map.values()];
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const slots = new Uint32Array(size);
  keys.forEach((k, i) => {
    let s = hash(k) & (size - 1);
    while (slots[s]) s = (s + 1) & (size - 1);
    slots[s] = i + 1;
  });
  let flatValues: FlatMap['values'];
  if (kind === 'number') {
    if (!values.every((v) => typeof v === 'number')) throw new Error('flattenMap: a value is not a number');
    flatValues = { kind, numbers: Float64Array.from(values as number[]) };
  } else if (kind === 'distinct') {
    const distinct: unknown[] = [];
    const at = new Map<unknown, number>();
    const index = Uint32Array.from(values, (v) => {
      let i = at.get(v);
      if (i === undefined) at.set(v, (i = distinct.push(v) - 1));
      return i;
    });
    flatValues = { kind, distinct, index };
  } else {
    flatValues = { kind, json: stringTable(values.map((v) => JSON.stringify(v))) };
  }
  return { flatMap: 1, keys: stringTable(keys), slots, values: flatValues };
}

export function isFlatMap(v: unknown): v is FlatMap {
  return !!v && typeof v === 'object' && (v as { flatMap?: unknown }).flatMap === 1;
}

/** The map `f` holds; with `make`, each value is `make` of the stored one, made once, on its first lookup. */
export function inflateMap<V>(f: FlatMap, make?: (stored: unknown) => V): Map<string, V> {
  return new LazyMap<V>(f, make);
}

/** Lookups answered from the flat form; anything that lists or changes the map makes it whole first, once. */
class LazyMap<V> extends Map<string, V> {
  #flat: FlatMap | undefined;
  #parsed: (V | undefined)[] | undefined;
  readonly #make: ((stored: unknown) => V) | undefined;
  constructor(f: FlatMap, make?: (stored: unknown) => V) {
    super();
    this.#flat = f;
    this.#make = make;
  }

  #find(key: string): number {
    const f = this.#flat as FlatMap;
    const mask = f.slots.length - 1;
    for (let s = hash(key) & mask; ; s = (s + 1) & mask) {
      const e = f.slots[s] as number;
      if (!e) return -1;
      if (stringIs(f.keys, e - 1, key)) return e - 1;
    }
  }

  #value(i: number): V {
    const v = (this.#flat as FlatMap).values;
    const make = this.#make;
    if (!make && v.kind === 'number') return v.numbers[i] as V;
    if (!make && v.kind === 'distinct') return v.distinct[v.index[i] as number] as V;
    const parsed = (this.#parsed ??= new Array(this.size));
    return (parsed[i] ??= this.#stored(v, i, make));
  }

  #stored(v: FlatMap['values'], i: number, make: ((stored: unknown) => V) | undefined): V {
    const stored =
      v.kind === 'number'
        ? v.numbers[i]
        : v.kind === 'distinct'
          ? v.distinct[v.index[i] as number]
          : (JSON.parse(stringAt(v.json, i)) as unknown);
    return make ? make(stored) : (stored as V);
  }

  #whole(): this {
    const f = this.#flat;
    if (f) {
      for (let i = 0; i < f.keys.ends.length; i++) super.set(stringAt(f.keys, i), this.#value(i));
      this.#flat = undefined;
    }
    return this;
  }

  override get(key: string): V | undefined {
    if (!this.#flat) return super.get(key);
    if (typeof key !== 'string') return undefined;
    const i = this.#find(key);
    return i < 0 ? undefined : this.#value(i);
  }

  override has(key: string): boolean {
    if (!this.#flat) return super.has(key);
    return typeof key === 'string' && this.#find(key) >= 0;
  }

  override get size(): number {
    return this.#flat ? this.#flat.keys.ends.length : super.size;
  }

  override set(key: string, value: V): this {
    this.#whole();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.#whole();
    return super.delete(key);
  }

  override clear(): void {
    this.#flat = undefined;
    super.clear();
  }

  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, self?: unknown): void {
    this.#whole();
    super.forEach(fn, self);
  }

  override entries(): MapIterator<[string, V]> {
    return this.#whole() && super.entries();
  }

  override keys(): MapIterator<string> {
    return this.#whole() && super.keys();
  }

  override values(): MapIterator<V> {
    return this.#whole() && super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
