/** Strings joined into one, with where each ends: one string for v8 to copy back, sliced as they are read. */
export interface StringTable {
  text: string;
  ends: Uint32Array;
}

export function stringTable(strings: readonly string[]): StringTable {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => (ends[i] = end += s.length));
  return { text: strings.join(''), ends };
}

export function startOf(t: StringTable, i: number): number {
  return i ? (t.ends[i - 1] as number) : 0;
}

export function stringAt(t: StringTable, i: number): string {
  return t.text.slice(startOf(t, i), t.ends[i]);
}

/** String i equals `s`, compared in place. */
export function stringIs(t: StringTable, i: number, s: string): boolean {
  const from = startOf(t, i);
  if ((t.ends[i] as number) - from !== s.length) return false;
  for (let k = 0; k < s.length; k++) if (t.text.charCodeAt(from + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Strings as UTF-8 bytes, with where each ends: outside the JS heap, for strings read a few at a time. */
export interface BytesTable {
  bytes: Uint8Array;
  ends: Uint32Array;
}

export function bytesTable(strings: readonly string[]): BytesTable {
  const encoder = new TextEncoder();
  const parts = strings.map((s) => encoder.encode(s));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  const ends = new Uint32Array(parts.length);
  let end = 0;
  parts.forEach((p, i) => {
    bytes.set(p, end);
    ends[i] = end += p.length;
  });
  return { bytes, ends };
}

const decoder = new TextDecoder();

export function bytesAt(t: BytesTable, i: number): string {
  return decoder.decode(t.bytes.subarray(i ? (t.ends[i - 1] as number) : 0, t.ends[i]));
}
