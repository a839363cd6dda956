import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { UnreadableVariantFile, VariantSummary } from '../core/tailor/variant-summary';
import { summarizeVariant } from '../core/tailor/variant-summary';
import { VariantId } from '../core/tailor/variant-schema';
import { fsReason } from './read-text-file';
import { isVariantFileName } from './safe-file-name';
import { readVariantFolder, variantFileNames } from './variant-files';
import { withVariantLock } from './variant-lock';
import { emptyTrashedSnapshots, moveSnapshots } from './variant-snapshots';
import { findVariantCopies, type StoreResult } from './variant-store';

/** Hidden so it is not mistaken for a variant, inside the library so a move is one atomic rename on one disk. */
export const TRASH_FOLDER = '.trash';

export function trashDir(dir: string): string {
  return path.join(dir, TRASH_FOLDER);
}

/**
 * The trash must be a real folder inside the library: a `.trash` that is a symlink (or a file) could make delete and
 * empty-trash act on files elsewhere on the disk, so it is refused, never followed. lstat, not stat, for that reason.
 */
export async function checkTrashDir(dir: string, create: boolean): Promise<string | null> {
  const st = await fs.lstat(trashDir(dir)).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : e));
  if (st instanceof Error) return `cannot open the trash ${trashDir(dir)}: ${fsReason(st)}`;
  if (st === null) {
    if (create) await fs.mkdir(trashDir(dir), { recursive: true });
    return null;
  }
  if (st.isSymbolicLink())
    return `the trash ${trashDir(dir)} is a symbolic link; Tailor only uses a real folder inside the library (move the link away)`;
  if (!st.isDirectory()) return `the trash ${trashDir(dir)} is not a folder; move that file away`;
  return null;
}

/** Moves every copy of the variant into the trash; the files themselves are unchanged, so restore is exact. */
export async function deleteVariant(
  dir: string,
  id: string,
): Promise<StoreResult<{ id: string; fileNames: string[] }>> {
  if (!VariantId.safeParse(id).success) return { ok: false, code: 'not-found', error: `"${id}" is not a variant id` };
  return withVariantLock(dir, id, async () => {
    // Every copy, conflicted copies included: otherwise one of them would take the deleted variant's place in the list.
    const found = await findVariantCopies(dir, id, { everywhere: true });
    const copies = [...found.variants, ...found.superseded];
    if (!copies.length) {
      const bad = found.unreadable[0];
      if (bad)
        return {
          ok: false,
          code: 'unreadable',
          error: `the file of variant ${id} (${bad.fileName}) cannot be read (${bad.reason}); it is left untouched`,
        };
      return { ok: false, code: 'not-found', error: `no variant with id "${id}" in ${dir}` };
    }
    try {
      const bad = await checkTrashDir(dir, true);
      if (bad) return { ok: false, code: 'io', error: bad };
      // A file of the same name in the trash is an older copy of this same variant: the newer one replaces it.
      for (const c of copies) await fs.rename(path.join(dir, c.fileName), path.join(trashDir(dir), c.fileName));
      // What was sent goes with the variant, so a restore brings back its history whole.
      await moveSnapshots(dir, trashDir(dir), id);
    } catch (e) {
      return { ok: false, code: 'io', error: `cannot move variant ${id} to the trash: ${fsReason(e)}` };
    }
    return { ok: true, value: { id, fileNames: copies.map((c) => c.fileName) } };
  });
}

/** Moves the newest trashed copy back; refused if a live variant already has that id. */
export async function restoreVariant(dir: string, id: string): Promise<StoreResult<{ id: string; fileName: string }>> {
  if (!VariantId.safeParse(id).success) return { ok: false, code: 'not-found', error: `"${id}" is not a variant id` };
  return withVariantLock(dir, id, async () => {
    const bad = await checkTrashDir(dir, false);
    if (bad) return { ok: false, code: 'io', error: bad };
    const trashed = await findVariantCopies(trashDir(dir), id);
    const winner = trashed.variants[0];
    if (!winner) return { ok: false, code: 'not-found', error: `no variant with id "${id}" in the trash` };
    const live = await findVariantCopies(dir, id, { scanAll: false });
    if (live.variants.length)
      return {
        ok: false,
        code: 'conflict',
        error: `a variant with id "${id}" is already in the library (${live.variants[0]?.fileName})`,
      };
    const target = path.join(dir, winner.fileName);
    // Never replace whatever holds that name now (e.g. an unreadable file the person is still to look at).
    if (
      await fs.stat(target).then(
        () => true,
        () => false,
      )
    )
      return {
        ok: false,
        code: 'conflict',
        error: `${winner.fileName} already exists in the library; move it away to restore variant ${id}`,
      };
    try {
      await fs.rename(path.join(trashDir(dir), winner.fileName), target);
      await moveSnapshots(trashDir(dir), dir, id);
    } catch (e) {
      return { ok: false, code: 'io', error: `cannot restore variant ${id}: ${fsReason(e)}` };
    }
    return { ok: true, value: { id, fileName: winner.fileName } };
  });
}

export async function listTrash(
  dir: string,
): Promise<{ variants: VariantSummary[]; unreadable: UnreadableVariantFile[] }> {
  const bad = await checkTrashDir(dir, false);
  if (bad) return { variants: [], unreadable: [{ fileName: TRASH_FOLDER, reason: bad }] };
  const folder = await readVariantFolder(trashDir(dir));
  return { variants: folder.variants.map((s) => summarizeVariant(s.variant, s)), unreadable: folder.unreadable };
}

/** Deletes the variant files in the trash for good (only files that are variant files by name). */
export async function emptyTrash(dir: string): Promise<StoreResult<{ removed: string[] }>> {
  const bad = await checkTrashDir(dir, false);
  if (bad) return { ok: false, code: 'io', error: bad };
  const names = await variantFileNames(trashDir(dir));
  const removed: string[] = [];
  for (const name of names.filter(isVariantFileName)) {
    try {
      await fs.rm(path.join(trashDir(dir), name));
      removed.push(name);
    } catch (e) {
      return {
        ok: false,
        code: 'io',
        error: `emptied ${removed.length} file(s), then could not remove ${name}: ${fsReason(e)}`,
      };
    }
  }
  try {
    await emptyTrashedSnapshots(trashDir(dir));
  } catch (e) {
    return { ok: false, code: 'io', error: `emptied the variants, but not their snapshots: ${fsReason(e)}` };
  }
  return { ok: true, value: { removed } };
}
