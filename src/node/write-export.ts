import { promises as fs } from 'node:fs';
import path from 'node:path';
import { sanitizeFileName } from '../core/render/file-name';
import { writeFileAtomic } from './atomic-write';
import { fsReason } from './read-text-file';

/**
 * Where an export named `fileName` goes in `folder`: the name is sanitized and must stay a plain name, so
 * "../x.pdf" or "/etc/x" can never write outside the folder the person chose.
 */
export function exportPathIn(folder: string, fileName: string): string {
  const base = path.basename(fileName.replace(/\\/g, '/'));
  const ext = path.extname(base);
  const safe = sanitizeFileName(base.slice(0, base.length - ext.length)) + ext.replace(/[^.a-z0-9]/gi, '');
  const dir = path.resolve(folder);
  const target = path.resolve(dir, safe);
  if (path.dirname(target) !== dir) throw new Error(`refusing to write outside ${dir}`);
  return target;
}

export type WriteExportResult = { ok: true; file: string; bytes: number } | { ok: false; error: string };

/** Writes the whole export or nothing (temp file, fsync, rename), with a message a person can act on. */
export async function writeExport(file: string, data: Uint8Array): Promise<WriteExportResult> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) return { ok: false, error: `cannot write ${target}: ${dir} is not a folder` };
  } catch (e) {
    return { ok: false, error: `cannot write ${target}: the folder ${dir}: ${fsReason(e)}` };
  }
  try {
    const st = await fs.stat(target);
    if (st.isDirectory()) return { ok: false, error: `cannot write ${target}: it is a folder` };
  } catch {
    // Not there yet: the usual case.
  }
  try {
    await writeFileAtomic(target, data);
    return { ok: true, file: target, bytes: data.length };
  } catch (e) {
    return { ok: false, error: `cannot write ${target}: ${fsReason(e)}` };
  }
}
