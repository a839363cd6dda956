import { statSync, type Stats } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { VariantSummary } from '../core/tailor/variant-summary';
import type { Variant } from '../core/tailor/variant-schema';
import type { UnreadableVariantFile } from '../core/tailor/variant-summary';
import { summarizeVariant } from '../core/tailor/variant-summary';
import { writeFileAtomic } from './atomic-write';
import { readBounded } from './bounded-read';
import { variantFileName } from './safe-file-name';
import { pickOrder, readVariantFileNow, variantFileNames } from './variant-files';

/**
 * The list's index: per variant file, the summary the list shows, keyed by the file's stat. Listing 1,000 files
 * re-validates only those whose stat changed since; every other row comes from here. Derived data only, in the
 * library's `.cache/` beside the insight cache: deleting it costs one full read.
 */
const INDEX_FILE = path.join('.cache', 'list-v1.json');
const MAX_INDEX_BYTES = 64 * 1024 * 1024;
// Bumped when what a row means changes (summarizeVariant's fields or rules): an old index is then read as none.
const INDEX_FORMAT = 1;
/**
 * File times come from a coarse kernel clock (a few ms), so a file rewritten in place with the same size within one
 * tick keeps its stat. A row is trusted only for a file whose last change (ctime, which no tool can set back) was
 * already this old when the row was recorded; a file changed more recently is read again until it ages.
 */
const RACY_MS = 1000;

const Row = z.object({
  size: z.number(),
  mtimeMs: z.number(),
  ctimeMs: z.number(),
  ino: z.number(),
  /** When the stat was taken (this process's clock). */
  seenAt: z.number(),
  /** The variant's save counter and whether the file has the name Tailor gives it: what picks one copy of an id. */
  saveCount: z.number().int(),
  home: z.boolean(),
  summary: VariantSummary.omit({ matchRate: true }),
  /** The match rate against one master (by its key), so a list with rates needs no read either while it holds. */
  rate: z.object({ key: z.string(), value: z.number().nullable() }).nullable(),
});
type Row = z.infer<typeof Row>;

const IndexFile = z.object({ format: z.literal(INDEX_FORMAT), rows: z.record(z.string(), Row) });
type IndexFile = z.infer<typeof IndexFile>;

async function readIndex(dir: string): Promise<IndexFile['rows']> {
  try {
    const read = await readBounded(path.join(dir, INDEX_FILE), MAX_INDEX_BYTES, 'the list index can be');
    if (!read.ok) return {};
    const parsed = IndexFile.safeParse(JSON.parse(Buffer.from(read.bytes).toString('utf8')));
    return parsed.success ? parsed.data.rows : {};
  } catch {
    // Missing or damaged: it is only an index, rebuilt from the files.
    return {};
  }
}

function unchanged(row: Row | undefined, st: Stats): row is Row {
  return (
    !!row &&
    st.isFile() &&
    row.size === st.size &&
    row.mtimeMs === st.mtimeMs &&
    row.ctimeMs === st.ctimeMs &&
    row.ino === st.ino &&
    row.seenAt - st.ctimeMs >= RACY_MS
  );
}

interface IndexedListing {
  /** One row per id (the copy the list shows), with the match rate when one was asked for. */
  rows: { summary: VariantSummary }[];
  superseded: { fileName: string; id: string; revision: number; canonicalName: boolean }[];
  unreadable: UnreadableVariantFile[];
}

/**
 * What listVariants shows, reading and validating only files that changed since the last list (or whose match rate
 * against this master is not known). Unreadable files are never indexed: they are read, and reported, every time.
 */
export async function listIndexed(
  dir: string,
  opts: { matchRate?: (v: Variant) => number | null; rateKey?: string } = {},
): Promise<IndexedListing> {
  const names = await variantFileNames(dir);
  const before = await readIndex(dir);
  const rows: Record<string, Row> = {};
  const unreadable: UnreadableVariantFile[] = [];
  let changed = Object.keys(before).length !== names.length;
  const wantRate = !!opts.matchRate;
  for (const name of names) {
    // Stat before the read: if the file changes in between, the row holds the older stat and is read again next time.
    let st: Stats | null = null;
    try {
      st = statSync(path.join(dir, name));
    } catch {
      st = null;
    }
    const seenAt = Date.now();
    const was = before[name];
    if (st && unchanged(was, st) && (!wantRate || (opts.rateKey && was.rate?.key === opts.rateKey))) {
      rows[name] = was;
      continue;
    }
    changed = true;
    const read = readVariantFileNow(dir, name);
    if (!read.ok) {
      unreadable.push(read.unreadable);
      continue;
    }
    const { variant, revision, migratedFrom } = read.stored;
    const rate = wantRate && opts.rateKey ? { key: opts.rateKey, value: opts.matchRate?.(variant) ?? null } : null;
    const { matchRate: _unused, ...summary } = summarizeVariant(variant, { fileName: name, revision, migratedFrom });
    void _unused;
    const row: Row = {
      size: st?.size ?? -1,
      mtimeMs: st?.mtimeMs ?? -1,
      ctimeMs: st?.ctimeMs ?? -1,
      ino: st?.ino ?? -1,
      seenAt,
      saveCount: variant.revision,
      home: variantFileName(variant) === name,
      summary,
      // Without a key the rate cannot be checked next time, so it is used now and not kept.
      rate: rate ?? (wantRate ? { key: '', value: opts.matchRate?.(variant) ?? null } : null),
    };
    rows[name] = row;
  }
  if (changed)
    await fs
      .mkdir(path.join(dir, '.cache'), { recursive: true })
      .then(() => writeFileAtomic(path.join(dir, INDEX_FILE), JSON.stringify({ format: INDEX_FORMAT, rows })))
      .catch(() => undefined); // a read-only library still lists, only slower next time

  const byId = new Map<string, Row[]>();
  for (const row of Object.values(rows)) {
    const same = byId.get(row.summary.id);
    if (same) same.push(row);
    else byId.set(row.summary.id, [row]);
  }
  const out: IndexedListing = { rows: [], superseded: [], unreadable };
  const order = (r: Row) => ({
    home: r.home,
    saveCount: r.saveCount,
    updatedAt: r.summary.updatedAt,
    fileName: r.summary.fileName,
  });
  for (const copies of byId.values()) {
    const [winner, ...rest] = copies.sort((a, b) => pickOrder(order(a), order(b)));
    if (winner)
      out.rows.push({ summary: { ...winner.summary, matchRate: wantRate ? (winner.rate?.value ?? null) : null } });
    for (const r of rest)
      out.superseded.push({
        fileName: r.summary.fileName,
        id: r.summary.id,
        revision: r.saveCount,
        canonicalName: r.home,
      });
  }
  return out;
}
