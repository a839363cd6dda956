import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readVariantText } from '../core/tailor/migrate-variant';
import type { Variant } from '../core/tailor/variant-schema';
import type { UnreadableVariantFile } from '../core/tailor/variant-summary';
import { readBoundedSync } from './bounded-read';
import { decodeText, fsReason } from './read-text-file';
import { isVariantFileName, variantFileName } from './safe-file-name';

/** A variant file is a few KB; anything this big is not one, and reading it whole would stall the list. */
export const MAX_VARIANT_BYTES = 8 * 1024 * 1024;
// Files read between two yields to the event loop: a few milliseconds of work, so the app never stutters.
const READ_BATCH = 50;

export interface StoredVariant {
  variant: Variant;
  /** Base name in its folder. */
  fileName: string;
  /** Hash of the bytes read: the stale-save check compares it with the file's bytes at save time. */
  revision: string;
  migratedFrom: number | null;
}

export type FileRead = { ok: true; stored: StoredVariant } | { ok: false; unreadable: UnreadableVariantFile };

export interface FolderContents {
  variants: StoredVariant[];
  unreadable: UnreadableVariantFile[];
  /** Older copies of a variant whose newer copy is listed (left by a crash between writing a renamed file and removing the old one). */
  superseded: StoredVariant[];
}

export function revisionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

/** Names of the variant files in a folder; a missing folder is an empty library, not an error. */
export async function variantFileNames(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter(isVariantFileName).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    // Not a folder, or not allowed: nothing a list can work around; say so in words.
    throw new Error(`cannot read the variant library ${dir}: ${fsReason(e)}`, { cause: e });
  }
}

/**
 * Synchronous on purpose: for a thousand small files, synchronous reads are about four times faster than fs.promises
 * (no thread-pool round trip per call). Callers read in batches and yield between them to keep the loop responsive.
 */
export function readVariantFileNow(dir: string, fileName: string): FileRead {
  const fail = (reason: string): FileRead => ({ ok: false, unreadable: { fileName, reason } });
  let bytes: Uint8Array;
  try {
    // Ordinary files only: a FIFO or a symlink to /dev/zero in the library is listed as unreadable, at once.
    const read = readBoundedSync(path.join(dir, fileName), MAX_VARIANT_BYTES, 'a variant file can be');
    if (!read.ok) return fail(read.reason);
    bytes = read.bytes;
  } catch (e) {
    return fail(fsReason(e));
  }
  const read = readVariantText(decodeText(bytes));
  if (!read.ok) return fail(read.error);
  return {
    ok: true,
    stored: { variant: read.variant, fileName, revision: revisionOf(bytes), migratedFrom: read.migratedFrom },
  };
}

/** Reads the named files (all variant files when `names` is omitted) and keeps one copy per id. */
export async function readVariantFolder(dir: string, names?: string[]): Promise<FolderContents> {
  const list = names ?? (await variantFileNames(dir));
  const reads: FileRead[] = [];
  for (let i = 0; i < list.length; i++) {
    const name = list[i] as string;
    reads.push(readVariantFileNow(dir, name));
    if (i % READ_BATCH === READ_BATCH - 1) await yieldToLoop();
  }
  const out: FolderContents = { variants: [], unreadable: [], superseded: [] };
  const byId = new Map<string, StoredVariant[]>();
  for (const r of reads) {
    if (!r.ok) {
      out.unreadable.push(r.unreadable);
      continue;
    }
    const same = byId.get(r.stored.variant.id);
    if (same) same.push(r.stored);
    else byId.set(r.stored.variant.id, [r.stored]);
  }
  for (const copies of byId.values()) {
    const [winner, ...rest] = copies.sort(newestFirst);
    if (winner) out.variants.push(winner);
    out.superseded.push(...rest);
  }
  return out;
}

/**
 * Of two files with one id, the one listed is: first a file under the name Tailor gives it (a sync tool's
 * "conflicted copy" is a side copy for the person to compare, never silently preferred, and `get`, which looks files
 * up by name, agrees with the list); then the later save: higher save counter (a rename writes the new name before
 * removing the old, so after a crash in between the new name holds the new data), then the later update.
 */
export function newestFirst(a: StoredVariant, b: StoredVariant): number {
  return pickOrder(orderOf(a), orderOf(b));
}

/** What picks one copy of an id (see newestFirst); the list index keeps these fields and no whole variant. */
interface CopyOrder {
  home: boolean;
  saveCount: number;
  updatedAt: string;
  fileName: string;
}

const orderOf = (s: StoredVariant): CopyOrder => ({
  home: variantFileName(s.variant) === s.fileName,
  saveCount: s.variant.revision,
  updatedAt: s.variant.updatedAt,
  fileName: s.fileName,
});

export function pickOrder(a: CopyOrder, b: CopyOrder): number {
  if (a.home !== b.home) return a.home ? -1 : 1;
  if (a.saveCount !== b.saveCount) return b.saveCount - a.saveCount;
  const byTime = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  if (byTime) return byTime;
  return a.fileName < b.fileName ? -1 : 1;
}

function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
