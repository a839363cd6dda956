import { itemId } from '../slug';

/** Makes stable, unique, schema-valid ids from human text: "Qwen3.5 Engine" -> "qwen3-5-engine". */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(existing: Iterable<string> = []) {
    for (const id of existing) this.used.add(id);
  }

  take(text: string, fallback: string, maxLength = 40): string {
    const base = itemId(text, maxLength) || fallback;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
