import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ZodError } from 'zod';
import type { Resume } from '../core/resume/schema';
import { serializeVariant } from '../core/tailor/migrate-variant';
import { newVariant, type NewVariantFields } from '../core/tailor/new-variant';
import { copyName } from '../core/tailor/copy-name';
import { searchVariants } from '../core/tailor/search-variants';
import { withStatusDated } from '../core/tailor/status-history';
import { Variant, VariantId, type ExportRecord } from '../core/tailor/variant-schema';
import {
  byUpdatedDesc,
  summarizeVariant,
  type StoreErrorCode,
  type UnreadableVariantFile,
  type VariantListing,
  type VariantSearchHit,
} from '../core/tailor/variant-summary';
import { describeIssues } from '../core/resume/validate-resume';
import { writeFileAtomic } from './atomic-write';
import { formatBytes, fsReason } from './read-text-file';
import { idFromFileName, isVariantFileName, variantFileName } from './safe-file-name';
import {
  MAX_VARIANT_BYTES,
  readVariantFolder,
  revisionOf,
  variantFileNames,
  type FolderContents,
  type StoredVariant,
} from './variant-files';
import { sweepOnce } from './temp-sweep';
import { listIndexed } from './variant-list-index';
import { withVariantLock } from './variant-lock';

export type { StoredVariant } from './variant-files';

export type { StoreErrorCode };
export type StoreResult<T> = { ok: true; value: T } | { ok: false; code: StoreErrorCode; error: string };

/** Scores a variant against the master for the list; supplied by the caller so the store needs no scorer. */
export type MatchRateOf = (variant: Variant) => number | null;

export type Listing = VariantListing;

export async function listVariants(
  dir: string,
  opts: { matchRate?: MatchRateOf; rateKey?: string } = {},
): Promise<Listing> {
  await sweepOnce(dir);
  // Only files changed since the last list are read and validated; see variant-list-index.ts.
  const listed = await listIndexed(dir, opts);
  const variants = listed.rows.map((r) => r.summary).sort(byUpdatedDesc);
  return { variants, unreadable: listed.unreadable, superseded: listed.superseded };
}

export type SearchResult = VariantSearchHit;

/** Company, role, notes and posting text; see searchVariants for the rules. */
export async function searchLibrary(
  dir: string,
  query: string,
  opts: { matchRate?: MatchRateOf } = {},
): Promise<{ hits: SearchResult[]; unreadable: UnreadableVariantFile[] }> {
  const folder = await readVariantFolder(dir);
  const byId = new Map(folder.variants.map((s) => [s.variant.id, s]));
  const hits = searchVariants(
    folder.variants.map((s) => s.variant),
    query,
  ).map((h) => {
    const s = byId.get(h.variant.id) as StoredVariant;
    return {
      ...summarizeVariant(h.variant, s, opts.matchRate?.(h.variant) ?? null),
      score: h.score,
      matchedIn: h.matchedIn,
      snippet: h.snippet,
    };
  });
  return { hits, unreadable: folder.unreadable };
}

/**
 * All copies of one id: found by file name first, by content when none is found by name (a file renamed by hand)
 * or when `everywhere` asks for every copy (a sync tool's "conflicted copy" keeps the id but not the name).
 */
export async function findVariantCopies(
  dir: string,
  id: string,
  opts: { scanAll?: boolean; everywhere?: boolean; allNames?: string[] } = {},
): Promise<FolderContents> {
  const names = (opts.allNames ?? (await variantFileNames(dir))).filter(
    (n) => isVariantFileName(n) && idFromFileName(n) === id,
  );
  let found = await readVariantFolder(dir, names);
  found = {
    ...found,
    variants: found.variants.filter((s) => s.variant.id === id),
    superseded: found.superseded.filter((s) => s.variant.id === id),
  };
  if (!opts.everywhere && (found.variants.length || found.unreadable.length || opts.scanAll === false)) return found;
  const all = await readVariantFolder(dir);
  // Unreadable files are tied to an id only by their name, which the first pass already looked at.
  return {
    variants: all.variants.filter((s) => s.variant.id === id),
    superseded: all.superseded.filter((s) => s.variant.id === id),
    unreadable: found.unreadable,
  };
}

export async function getVariant(dir: string, id: string): Promise<StoreResult<StoredVariant>> {
  if (!VariantId.safeParse(id).success)
    return {
      ok: false,
      code: 'not-found',
      error: `"${id}" is not a variant id (ids are 4-32 lower-case letters and digits)`,
    };
  const found = await findVariantCopies(dir, id);
  const winner = found.variants[0];
  if (winner) return { ok: true, value: winner };
  const bad = found.unreadable[0];
  if (bad)
    return {
      ok: false,
      code: 'unreadable',
      error: `the file of variant ${id} (${bad.fileName}) cannot be read: ${bad.reason}`,
    };
  return { ok: false, code: 'not-found', error: `no variant with id "${id}" in ${dir}` };
}

export interface SaveOptions {
  /**
   * The revision the caller read (StoredVariant.revision), or null for a variant that must not exist yet.
   * If the file on disk no longer has exactly those bytes, the save is refused with a conflict and nothing is written.
   */
  expectedRevision: string | null;
  now?: Date;
}

/**
 * Saves atomically under the name its company and role give it. When that name changed (a rename), the new file is
 * written first and the old one removed after: a crash in between leaves two files, and readers keep the one with
 * the higher save counter, so there is never zero live copies and never two visible ones.
 */
export async function saveVariant(
  dir: string,
  variant: Variant,
  opts: SaveOptions,
): Promise<StoreResult<StoredVariant>> {
  const checked = Variant.safeParse(variant);
  if (!checked.success) {
    const p = describeIssues(checked.error.issues)[0];
    return {
      ok: false,
      code: 'invalid',
      error: `the variant is not valid: ${p ? `${p.path}: ${p.message}` : 'unknown problem'}`,
    };
  }
  return withVariantLock(dir, variant.id, () => saveUnlocked(dir, checked.data, opts));
}

async function saveUnlocked(dir: string, variant: Variant, opts: SaveOptions): Promise<StoreResult<StoredVariant>> {
  // One listing of the folder serves both the lookup and the temp-file cleanup: a save is a hot path.
  let allNames: string[];
  try {
    await fs.mkdir(dir, { recursive: true });
    allNames = await fs.readdir(dir);
  } catch (e) {
    return { ok: false, code: 'io', error: `cannot open the library folder ${dir}: ${fsReason(e)}` };
  }
  const found = await findVariantCopies(dir, variant.id, { scanAll: opts.expectedRevision !== null, allNames });
  const current = found.variants[0];
  if (opts.expectedRevision === null) {
    if (current)
      return {
        ok: false,
        code: 'conflict',
        error: `a variant with id "${variant.id}" already exists (${current.fileName})`,
      };
  } else if (!current) {
    const bad = found.unreadable[0];
    if (bad)
      return {
        ok: false,
        code: 'conflict',
        error: `variant ${variant.id} changed on disk and can no longer be read (${bad.fileName}: ${bad.reason}); nothing was saved`,
      };
    return {
      ok: false,
      code: 'conflict',
      error: `variant ${variant.id} was deleted or moved to the trash since it was opened; nothing was saved`,
    };
  } else if (current.revision !== opts.expectedRevision) {
    return {
      ok: false,
      code: 'conflict',
      error: `variant ${variant.id} changed on disk since it was opened (another window or a sync tool saved it); nothing was saved. Reopen it to see the other version.`,
    };
  }
  const at = (opts.now ?? new Date()).toISOString();
  const next: Variant = withStatusDated(
    current?.variant,
    { ...variant, revision: Math.max(variant.revision, current?.variant.revision ?? -1) + 1, updatedAt: at },
    at,
  );
  const fileName = variantFileName(next);
  if (found.unreadable.some((u) => u.fileName === fileName))
    return {
      ok: false,
      code: 'unreadable',
      error: `${fileName} exists but cannot be read; it is left untouched, so nothing was saved`,
    };
  const text = serializeVariant(next);
  // The writer refuses what the reader would: a save that "worked" must never leave a file the list cannot open.
  const size = Buffer.byteLength(text);
  if (size > MAX_VARIANT_BYTES)
    return {
      ok: false,
      code: 'invalid',
      error: `the variant would be ${formatBytes(size)} on disk, more than the ${formatBytes(MAX_VARIANT_BYTES)} a variant file may be (shorten the posting text or the notes); nothing was saved`,
    };
  try {
    await writeFileAtomic(path.join(dir, fileName), text);
  } catch (e) {
    return { ok: false, code: 'io', error: `cannot write ${path.join(dir, fileName)}: ${fsReason(e)}` };
  }
  // Only now that the new bytes are durable do older copies go: readable copies of this id under a name Tailor wrote
  // (left by a rename or a crash mid-rename). Unreadable files and copies under other names (a sync tool's
  // conflicted copy, which may hold another machine's edits) are never removed.
  for (const old of [...found.variants, ...found.superseded])
    if (
      old.fileName !== fileName &&
      old.fileName === variantFileName(old.variant) &&
      old.variant.revision < next.revision
    )
      await fs.rm(path.join(dir, old.fileName), { force: true }).catch(() => undefined);
  await removeOrphanTempFiles(dir, variant.id, allNames);
  return { ok: true, value: { variant: next, fileName, revision: revisionOf(text), migratedFrom: null } };
}

// A temp file this old belongs to a write that was cut short (crash, power cut); no live write takes ten minutes.
const ORPHAN_TEMP_AGE_MS = 10 * 60 * 1000;

/** writeFileAtomic's temp files are `.<name>.<pid>.<random>.tmp`; a crash mid-write leaves one behind. */
async function removeOrphanTempFiles(dir: string, id: string, names: readonly string[]): Promise<void> {
  const mine = names.filter((n) => n.startsWith('.') && n.endsWith('.tmp') && n.includes(`-${id}.variant.json.`));
  for (const n of mine) {
    const stat = await fs.stat(path.join(dir, n)).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > ORPHAN_TEMP_AGE_MS)
      await fs.rm(path.join(dir, n), { force: true }).catch(() => undefined);
  }
}

/** A short random id; 10 characters of a 32-letter alphabet is 50 bits, plenty for one person's library. */
export function newVariantId(): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  return [...randomBytes(10)].map((b) => alphabet[b % 32]).join('');
}

export async function createVariant(
  dir: string,
  master: Resume,
  fields: NewVariantFields,
  opts: { now?: Date } = {},
): Promise<StoreResult<StoredVariant>> {
  const now = (opts.now ?? new Date()).toISOString();
  const made = safely(() => newVariant(master, fields, { id: newVariantId(), now }));
  if (!made.ok) return made;
  return saveVariant(dir, made.value, { expectedRevision: null, ...opts });
}

/**
 * A copy under a new id for a similar job: same posting, tailoring and notes; a fresh status, timeline and export
 * history, following the master. Without a new name it is called "… (copy)", "… (copy 2)": two rows of one name
 * in the list cannot be told apart.
 */
export async function duplicateVariant(
  dir: string,
  id: string,
  changes: { company?: string; role?: string } = {},
  opts: { now?: Date } = {},
): Promise<StoreResult<StoredVariant>> {
  const got = await getVariant(dir, id);
  if (!got.ok) return got;
  const now = (opts.now ?? new Date()).toISOString();
  const source = got.value.variant;
  let { company, role } = { company: changes.company ?? source.company, role: changes.role ?? source.role };
  if (changes.company === undefined && changes.role === undefined) {
    const all = (await readVariantFolder(dir)).variants.map((s) => s.variant);
    // The role carries the mark ("Acme — Nurse (copy)"); a variant without a role carries it on the company.
    if (role) role = copyName(role, new Set(all.filter((v) => v.company === company).map((v) => v.role)));
    else company = copyName(company, new Set(all.filter((v) => !v.role).map((v) => v.company)));
  }
  const copy: Variant = {
    ...structuredClone(source),
    id: newVariantId(),
    revision: 0,
    company,
    role,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    exportHistory: [],
    statusHistory: [],
    pinned: null,
    application: { ...source.application, nextStep: { text: '', due: null } },
  };
  return saveVariant(dir, copy, { expectedRevision: null, ...opts });
}

/** Changes company and/or role, which moves the variant to a new file name (see saveVariant for why that is safe). */
export async function renameVariant(
  dir: string,
  id: string,
  changes: { company?: string; role?: string },
  opts: { expectedRevision?: string; now?: Date } = {},
): Promise<StoreResult<StoredVariant>> {
  return updateVariant(
    dir,
    id,
    (v) => ({ ...v, company: changes.company ?? v.company, role: changes.role ?? v.role }),
    opts,
  );
}

/** Appends an export to the history (called by `tailor export --variant` and the app after writing the file). */
export async function recordExport(
  dir: string,
  id: string,
  record: ExportRecord,
  opts: { now?: Date } = {},
): Promise<StoreResult<StoredVariant>> {
  return updateVariant(dir, id, (v) => ({ ...v, exportHistory: [...v.exportHistory, record] }), opts);
}

/** Read, change, save with the revision just read: a change on disk in between is a conflict, not a lost update. */
export async function updateVariant(
  dir: string,
  id: string,
  change: (v: Variant) => Variant,
  opts: { expectedRevision?: string; now?: Date } = {},
): Promise<StoreResult<StoredVariant>> {
  const got = await getVariant(dir, id);
  if (!got.ok) return got;
  if (opts.expectedRevision !== undefined && opts.expectedRevision !== got.value.revision)
    return {
      ok: false,
      code: 'conflict',
      error: `variant ${id} changed on disk since it was opened; nothing was saved`,
    };
  return saveVariant(dir, change(structuredClone(got.value.variant)), {
    expectedRevision: got.value.revision,
    ...(opts.now ? { now: opts.now } : {}),
  });
}

function safely<T>(fn: () => T): StoreResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof ZodError) {
      const problems = describeIssues(e.issues).map((p) => `${p.path}: ${p.message}`);
      return { ok: false, code: 'invalid', error: `the variant is not valid: ${problems.join('; ')}` };
    }
    throw e;
  }
}
