import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { TemplateFonts } from '../core/render/template-schema';
import type { Resume } from '../core/resume/schema';
import { FrozenMaster, SnapshotMeta } from '../core/tailor/snapshot-schema';
import { SnapshotPath, type ExportFormat, type ExportRecord, type Variant } from '../core/tailor/variant-schema';
import { writeFileAtomic } from './atomic-write';
import { readBounded } from './bounded-read';
import { fsReason } from './read-text-file';
import { updateVariant, type StoreResult, type StoredVariant } from './variant-store';

/**
 * Frozen copies of what was sent live in the library, one folder per variant id: `snapshots/<id>/`. Keyed by id, not
 * by file name, so renames, master edits and imports leave them alone; a delete moves the folder into the trash with
 * the variant and a restore brings it back.
 */
export const SNAPSHOTS_FOLDER = 'snapshots';
// An export is a few hundred KB (a DOCX with fonts ~1.5 MB); a cap keeps a hostile file from stalling a read.
const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
const MAX_META_BYTES = 16 * 1024 * 1024;

export function snapshotFolder(dir: string, id: string): string {
  return path.join(dir, SNAPSHOTS_FOLDER, id);
}

/** A relative snapshot path to an absolute one, refused unless it is a snapshot path (never `../../etc`). */
export function resolveSnapshot(dir: string, rel: string): string | null {
  if (!SnapshotPath.safeParse(rel).success) return null;
  return path.join(dir, ...rel.split('/'));
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "2026-03-02T10:15:00.123Z" -> "20260302T101500123Z": sorts by time and is safe in every file system. */
function stamp(at: string): string {
  return at.replace(/[-:.]/g, '');
}

function safeName(fileName: string): string {
  const cleaned = fileName
    .replace(/[^A-Za-z0-9 ._()-]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^A-Za-z0-9]+/, '');
  return (cleaned || 'export').slice(0, 160);
}

export interface SnapshotInput {
  variant: Variant;
  bytes: Uint8Array;
  format: ExportFormat;
  fileName: string;
  template: string;
  fonts: TemplateFonts | null;
  master: Resume;
  resolved: Resume;
  at: string;
}

/**
 * Writes the frozen file, then its description, each atomically (temp + fsync + rename): a crash leaves no snapshot,
 * the file alone (not yet referenced by the variant, so not listed), or both whole. The variant's history is updated
 * last, by the caller, so a history line always names a complete snapshot.
 */
export async function writeSnapshot(
  dir: string,
  s: SnapshotInput,
): Promise<{ snapshot: string; sha256: string; meta: string }> {
  const folder = snapshotFolder(dir, s.variant.id);
  await fs.mkdir(folder, { recursive: true });
  const base = `${stamp(s.at)}-${safeName(s.fileName)}`;
  const rel = `${SNAPSHOTS_FOLDER}/${s.variant.id}/${base}`;
  const sha256 = sha256Hex(s.bytes);
  await writeFileAtomic(path.join(folder, base), s.bytes);
  const meta: SnapshotMeta = {
    kind: 'tailor-snapshot',
    version: 1,
    variantId: s.variant.id,
    at: s.at,
    format: s.format,
    fileName: s.fileName,
    file: rel,
    sha256,
    bytes: s.bytes.length,
    template: s.template,
    fonts: s.fonts,
    pageTarget: s.variant.pageTarget,
    company: s.variant.company,
    role: s.variant.role,
    master: s.master,
    tailoring: s.variant.tailoring,
    resolved: s.resolved,
  };
  await writeFileAtomic(path.join(folder, `${base}.json`), JSON.stringify(meta));
  return { snapshot: rel, sha256, meta: `${rel}.json` };
}

/**
 * The one call an export makes after its bytes exist: freeze them and add the history line that names the snapshot.
 * A snapshot that cannot be written still records the export (without `snapshot`), and says why.
 */
export async function recordSnapshotExport(
  dir: string,
  s: SnapshotInput,
): Promise<{ stored: StoreResult<StoredVariant>; snapshotError: string | null }> {
  let frozen: { snapshot: string; sha256: string } | null = null;
  let snapshotError: string | null = null;
  try {
    frozen = await writeSnapshot(dir, s);
  } catch (e) {
    snapshotError = `the copy of the export could not be kept in the library: ${fsReason(e)}`;
  }
  const record: ExportRecord = {
    at: s.at,
    format: s.format,
    template: s.template,
    fileName: s.fileName,
    ...(frozen ? { snapshot: frozen.snapshot, sha256: frozen.sha256 } : { sha256: sha256Hex(s.bytes) }),
  };
  const stored = await updateVariant(dir, s.variant.id, (v) => ({ ...v, exportHistory: [...v.exportHistory, record] }));
  return { stored, snapshotError };
}

export type SnapshotRead<T> = { ok: true; value: T } | { ok: false; error: string };

async function readJson(dir: string, rel: string, max: number): Promise<SnapshotRead<unknown>> {
  const file = resolveSnapshot(dir, rel);
  if (!file) return { ok: false, error: `"${rel}" is not a snapshot path` };
  try {
    const read = await readBounded(file, max, 'a snapshot can be');
    if (!read.ok) return { ok: false, error: `${rel} ${read.reason}` };
    return { ok: true, value: JSON.parse(Buffer.from(read.bytes).toString('utf8')) as unknown };
  } catch (e) {
    return { ok: false, error: `cannot read ${rel}: ${e instanceof SyntaxError ? 'not JSON' : fsReason(e)}` };
  }
}

/** The description of a snapshot: what it said (resolved), the master of then, template and fonts. */
export async function readSnapshotMeta(dir: string, snapshot: string): Promise<SnapshotRead<SnapshotMeta>> {
  const json = await readJson(dir, `${snapshot}.json`, MAX_META_BYTES);
  if (!json.ok) return json;
  const meta = SnapshotMeta.safeParse(json.value);
  if (!meta.success) return { ok: false, error: `${snapshot}.json is not a snapshot description` };
  return { ok: true, value: meta.data };
}

/** The frozen file itself, checked against the hash the history recorded. */
export async function readSnapshotFile(
  dir: string,
  snapshot: string,
  sha256?: string,
): Promise<SnapshotRead<Uint8Array>> {
  const file = resolveSnapshot(dir, snapshot);
  if (!file) return { ok: false, error: `"${snapshot}" is not a snapshot path` };
  try {
    const read = await readBounded(file, MAX_SNAPSHOT_BYTES, 'a snapshot can be');
    if (!read.ok) return { ok: false, error: `${snapshot} ${read.reason}` };
    if (sha256 && sha256Hex(read.bytes) !== sha256)
      return { ok: false, error: `${snapshot} no longer matches the sha256 recorded when it was sent` };
    return { ok: true, value: read.bytes };
  } catch (e) {
    return { ok: false, error: `cannot read ${snapshot}: ${fsReason(e)}` };
  }
}

/** Freezes the master as it is now, for a sent application with no snapshot to pin to. */
export async function writeFrozenMaster(dir: string, id: string, master: Resume, at: string): Promise<string> {
  const folder = snapshotFolder(dir, id);
  await fs.mkdir(folder, { recursive: true });
  const base = `${stamp(at)}-master.json`;
  const frozen: FrozenMaster = { kind: 'tailor-frozen-master', at, master };
  await writeFileAtomic(path.join(folder, base), JSON.stringify(frozen));
  return `${SNAPSHOTS_FOLDER}/${id}/${base}`;
}

/** The master a pinned variant applies to: from a snapshot's description or a frozen master file. */
export async function readPinnedMaster(dir: string, pinned: string): Promise<SnapshotRead<Resume>> {
  const json = await readJson(dir, pinned, MAX_META_BYTES);
  if (!json.ok) return json;
  const asMeta = SnapshotMeta.safeParse(json.value);
  if (asMeta.success) return { ok: true, value: asMeta.data.master };
  const asFrozen = FrozenMaster.safeParse(json.value);
  if (asFrozen.success) return { ok: true, value: asFrozen.data.master };
  return { ok: false, error: `${pinned} holds no frozen master` };
}

/**
 * Moves a variant's snapshot folder between the library and its trash (delete, restore). Files already at the
 * target (an earlier delete of the same id) are kept; the moved ones join them.
 */
export async function moveSnapshots(fromDir: string, toDir: string, id: string): Promise<void> {
  const from = snapshotFolder(fromDir, id);
  const st = await fs.lstat(from).catch(() => null);
  if (!st?.isDirectory()) return;
  const to = snapshotFolder(toDir, id);
  await fs.mkdir(path.dirname(to), { recursive: true });
  try {
    await fs.rename(from, to);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
  }
  for (const name of await fs.readdir(from)) await fs.rename(path.join(from, name), path.join(to, name));
  await fs.rmdir(from).catch(() => undefined);
}

/** The trash's snapshots go for good with the trashed variants (only trashed variants have snapshots there). */
export async function emptyTrashedSnapshots(trash: string): Promise<void> {
  await fs.rm(path.join(trash, SNAPSHOTS_FOLDER), { recursive: true, force: true });
}
