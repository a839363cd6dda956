import type { Command } from 'commander';
import type { Resume } from '../../core/resume/schema';
import { isReportEmpty } from '../../core/tailor/reconcile-variant';
import type { ExportFormat } from '../../core/tailor/variant-schema';
import { resolveLibraryDir } from '../../node/library-location';
import { loadVariantForExport, recordVariantExport } from '../../node/variant-export';
import { CliError, say } from '../cli-io';

/**
 * `tailor export --variant ID [--library DIR]`: the pieces export.ts needs, kept here so the variant logic lives with
 * the variants. export.ts adds the options, calls variantExportInput before rendering and recordVariantExportDone after
 * writing the file.
 */
export function addVariantExportOptions(cmd: Command): Command {
  return cmd
    .option(
      '--variant <id>',
      'render a saved variant (its tailoring, template, page target, company and role) and record the export in its history',
    )
    .option(
      '--library <dir>',
      'variant library folder for --variant (overrides $TAILOR_LIBRARY and the app-data default)',
    );
}

export interface VariantExportInput {
  dir: string;
  id: string;
  /** The master with the variant applied: render it with an empty tailoring. */
  resume: Resume;
  template: string;
  pages: number;
  meta: { company?: string; role?: string };
}

/**
 * Loads the variant and applies it. Explicit --template/--pages/--company/--role still win (pass them only when the
 * person gave them, not commander's defaults). What changed in the master since the variant was saved is said on stderr.
 */
export async function variantExportInput(
  opts: { variant: string; library?: string; posting?: string },
  master: Resume,
  explicit: { template?: string; pages?: number; company?: string; role?: string },
): Promise<VariantExportInput> {
  if (opts.posting) throw new CliError('--variant brings its own posting and tailoring; leave out --posting', 2);
  const dir = resolveLibraryDir({ flag: opts.library });
  const loaded = await loadVariantForExport(dir, opts.variant, master);
  if (!loaded.ok) throw new CliError(loaded.error, 1);
  const { resume, render, report } = loaded.value;
  if (!isReportEmpty(report)) {
    const parts = [
      report.newBullets.length && `${report.newBullets.length} new bullet(s) shown`,
      report.staleRewordings.length && `${report.staleRewordings.length} rewording(s) made against older master text`,
      report.orphanedRewordings.length &&
        `${report.orphanedRewordings.length} rewording(s) of deleted bullets (kept, not shown)`,
    ].filter(Boolean);
    if (parts.length)
      say(
        `note: the master changed since variant ${opts.variant} was saved: ${parts.join('; ')} (see "tailor variants show ${opts.variant}")`,
      );
  }
  const company = explicit.company ?? render.company;
  const role = explicit.role ?? render.role;
  return {
    dir,
    id: opts.variant,
    resume,
    template: explicit.template ?? render.template,
    pages: explicit.pages ?? render.pageTarget,
    meta: { ...(company ? { company } : {}), ...(role ? { role } : {}) },
  };
}

/** After the file is on disk. A failure here does not undo the export; it is said, and the exit code says so. */
export async function recordVariantExportDone(
  input: VariantExportInput,
  done: { file: string; format: ExportFormat; template: string },
): Promise<boolean> {
  const r = await recordVariantExport(input.dir, input.id, done);
  if (r.ok) return true;
  say(`tailor: wrote ${done.file} but could not record it in variant ${input.id}: ${r.error}`);
  return false;
}
