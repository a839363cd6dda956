import path from 'node:path';
import type { Resume } from '../core/resume/schema';
import { applyVariant, type AppliedVariant } from '../core/tailor/apply-variant';
import type { ExportFormat } from '../core/tailor/variant-schema';
import { getVariant, recordExport, type StoreResult, type StoredVariant } from './variant-store';

export interface VariantForExport extends AppliedVariant {
  stored: StoredVariant;
}

/**
 * What `tailor export --variant ID` renders: the master with the saved variant applied, plus its template, page
 * target, company and role. The renderer gets `resume` with an empty render tailoring (the variant is already in it).
 */
export async function loadVariantForExport(
  dir: string,
  id: string,
  master: Resume,
): Promise<StoreResult<VariantForExport>> {
  const got = await getVariant(dir, id);
  if (!got.ok) return got;
  return { ok: true, value: { stored: got.value, ...applyVariant(master, got.value.variant) } };
}

/** After the file is written: adds { at, format, template, fileName } to the variant's export history. */
export async function recordVariantExport(
  dir: string,
  id: string,
  done: { file: string; format: ExportFormat; template: string; at?: Date },
): Promise<StoreResult<StoredVariant>> {
  return recordExport(dir, id, {
    at: (done.at ?? new Date()).toISOString(),
    format: done.format,
    template: done.template,
    fileName: path.basename(done.file),
  });
}
