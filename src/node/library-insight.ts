import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { analyzePosting, scoreResume, scoreText, withKeywordOverrides, type AnalyzedPosting } from '../core/match';
import type { Resume } from '../core/resume/schema';
import { combineInsight, PostingInsight, postingInsight, type LibraryInsight } from '../core/tailor/insight';
import type { Variant } from '../core/tailor/variant-schema';
import { writeFileAtomic } from './atomic-write';
import { readBounded } from './bounded-read';
import { newestFirst, readVariantFolder, variantFileNames, type StoredVariant } from './variant-files';

/** Hidden beside the trash: derived data only, safe to delete at any time. */
const CACHE_FILE = path.join('.cache', 'insight-v1.json');
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
// Bumped when what a cached row means changes (the scorer's output shape, the fields kept).
const CACHE_FORMAT = 1;

const CacheFile = z.object({
  format: z.literal(CACHE_FORMAT),
  master: z.string(),
  rows: z.record(z.string(), PostingInsight),
});
type CacheFile = z.infer<typeof CacheFile>;

const memory = new Map<string, CacheFile>();
// Analyses by posting key, for scoring one line against every posting as it is typed (the analysis is the slow part).
const analyses = new Map<string, AnalyzedPosting | null>();

function analyzed(v: Variant, k: string): AnalyzedPosting | null {
  if (analyses.has(k)) return analyses.get(k) ?? null;
  const r = analyzePosting(v.posting.text);
  const posting = r.ok ? withKeywordOverrides(r.posting, v.tailoring.keywords) : null;
  analyses.set(k, posting);
  return posting;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 24);

/** A posting's key: its text and the person's keyword corrections, which change what it asks for. */
function postingKey(v: Variant): string {
  return hash(`${v.posting.text}\0${JSON.stringify(v.tailoring.keywords)}`);
}

async function readCache(dir: string): Promise<CacheFile | null> {
  try {
    const read = await readBounded(path.join(dir, CACHE_FILE), MAX_CACHE_BYTES, 'the insight cache can be');
    if (!read.ok) return null;
    const parsed = CacheFile.safeParse(JSON.parse(Buffer.from(read.bytes).toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // Missing or damaged: it is only a cache, computed again.
    return null;
  }
}

// The library's files as last read, by name, with the stat that read them: an unchanged file is not read again.
const files = new Map<string, Map<string, { mtimeMs: number; size: number; stored: StoredVariant }>>();

/**
 * The live variants, one per id (as the list picks them), re-reading only files whose size or time changed since
 * the last look: insight is asked for often (the Insight view, every bullet typed), the library rarely changes.
 */
async function currentVariants(dir: string): Promise<Variant[]> {
  const key = path.resolve(dir);
  const before = files.get(key) ?? new Map();
  const now = new Map<string, { mtimeMs: number; size: number; stored: StoredVariant }>();
  const changed: string[] = [];
  const stats = new Map<string, { mtimeMs: number; size: number }>();
  for (const name of await variantFileNames(dir)) {
    const st = await fs.stat(path.join(dir, name)).catch(() => null);
    if (!st) continue;
    const was = before.get(name);
    if (was && was.mtimeMs === st.mtimeMs && was.size === st.size) now.set(name, was);
    else {
      changed.push(name);
      stats.set(name, { mtimeMs: st.mtimeMs, size: st.size });
    }
  }
  if (changed.length) {
    const read = await readVariantFolder(dir, changed);
    for (const stored of [...read.variants, ...read.superseded]) {
      const st = stats.get(stored.fileName);
      if (st) now.set(stored.fileName, { ...st, stored });
    }
  }
  files.set(key, now);
  const byId = new Map<string, StoredVariant>();
  for (const { stored } of now.values()) {
    const other = byId.get(stored.variant.id);
    if (!other || newestFirst(stored, other) < 0) byId.set(stored.variant.id, stored);
  }
  return [...byId.values()].map((s) => s.variant);
}

/**
 * Insight across every saved posting. Each distinct posting is analyzed and scored against the master once: the
 * per-posting results are cached (in memory and in `.cache/` inside the library) under the master's hash, so only
 * postings added or edited since are analyzed again, and a master edit recomputes all of them.
 */
export async function libraryInsight(
  dir: string,
  master: Resume,
  opts: { limit?: number; variants?: readonly Variant[] } = {},
): Promise<LibraryInsight> {
  const variants = opts.variants ?? (await currentVariants(dir));
  const masterKey = hash(JSON.stringify(master));
  const key = path.resolve(dir);
  let cache = memory.get(key);
  if (!cache || cache.master !== masterKey) {
    const disk = await readCache(dir);
    cache = disk && disk.master === masterKey ? disk : { format: CACHE_FORMAT, master: masterKey, rows: {} };
  }
  const groups = new Map<string, { variant: Variant; ids: string[] }>();
  for (const v of variants) {
    if (!v.posting.text.trim()) continue;
    const k = postingKey(v);
    const g = groups.get(k);
    if (g) g.ids.push(v.id);
    else groups.set(k, { variant: v, ids: [v.id] });
  }
  let fromCache = 0;
  let computed = 0;
  const rows: { variants: string[]; insight: PostingInsight }[] = [];
  const kept: Record<string, PostingInsight> = {};
  for (const [k, g] of groups) {
    let row = cache.rows[k];
    if (row) fromCache++;
    else {
      const posting = analyzed(g.variant, k);
      if (!posting) continue;
      row = postingInsight(scoreResume(posting, master));
      computed++;
    }
    kept[k] = row;
    rows.push({ variants: g.ids, insight: row });
  }
  // Rows of postings no longer saved are dropped, so the cache never outgrows the library.
  const next: CacheFile = { format: CACHE_FORMAT, master: masterKey, rows: kept };
  memory.set(key, next);
  if (computed || Object.keys(cache.rows).length !== Object.keys(kept).length)
    await fs
      .mkdir(path.join(dir, '.cache'), { recursive: true })
      .then(() => writeFileAtomic(path.join(dir, CACHE_FILE), JSON.stringify(next)))
      .catch(() => undefined); // a read-only library still gets its insight, only slower next time
  return combineInsight(master, rows, {
    key: `${masterKey}:${hash([...groups.keys()].sort().join(','))}`,
    fromCache,
    ...(opts.limit ? { limit: opts.limit } : {}),
  });
}

/** One line (a master bullet being edited) scored against every saved posting, best first. */
export async function scoreAcrossPostings(
  dir: string,
  plain: string,
): Promise<{ variantId: string; company: string; role: string; score: number; terms: string[] }[]> {
  const variants = await currentVariants(dir);
  const out = [];
  for (const v of variants) {
    if (!v.posting.text.trim()) continue;
    const posting = analyzed(v, postingKey(v));
    if (!posting) continue;
    const line = scoreText(posting, plain);
    out.push({
      variantId: v.id,
      company: v.company,
      role: v.role,
      score: Math.round(line.score * 10) / 10,
      terms: [...new Set(line.matches.map((m) => m.term))],
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Forgets the in-memory cache (tests and the bench measure a cold run). */
export function clearInsightMemory(): void {
  memory.clear();
  analyses.clear();
  files.clear();
}
