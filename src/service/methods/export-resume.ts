import path from 'node:path';
import { z } from 'zod';
import { defaultExportFileName } from '../../core/render/file-name';
import { ExportRecord, Variant } from '../../core/tailor/variant-schema';
import { recordExport } from '../../node/variant-store';
import { writeExport } from '../../node/write-export';
import { defineMethod, ServiceError } from '../define-method';
import { readMaster } from '../master-resume';
import { renderRequestFor, renderVariant } from '../render-variant';

/**
 * Renders the export and either writes it where the person chose (Electron's save dialog, via ctx) or hands the
 * bytes back for the browser to download. A saved variant gets the export in its history; the new revision comes
 * back so the open window's next save is not mistaken for a conflict.
 */
export const exportResume = defineMethod({
  input: z.object({ variant: Variant, format: z.enum(['pdf', 'docx']), saved: z.boolean().default(true) }).strict(),
  output: z.object({
    cancelled: z.boolean(),
    fileName: z.string(),
    file: z.string().nullable(),
    dataBase64: z.string().nullable(),
    pageCount: z.number().int(),
    recorded: z
      .object({ revision: z.string(), exportHistory: z.array(ExportRecord), updatedAt: z.string() })
      .nullable(),
    /** The file was written but something around it did not work (e.g. the history could not be updated). */
    warning: z.string().nullable(),
  }),
  async run({ variant, format, saved }, ctx) {
    const master = await readMaster(ctx);
    const fileName = defaultExportFileName(master.basics.name, format, {
      company: variant.company,
      role: variant.role,
    });
    let target: string | null = null;
    if (ctx.chooseSavePath) {
      target = await ctx.chooseSavePath(fileName, format);
      if (!target)
        return { cancelled: true, fileName, file: null, dataBase64: null, pageCount: 0, recorded: null, warning: null };
    }
    const req = await renderRequestFor(ctx, master, variant);
    const r = await renderVariant(req, format);
    if (target) {
      const written = await writeExport(target, r.bytes);
      if (!written.ok) throw new ServiceError(written.error, 'io');
    }
    const name = target ? path.basename(target) : fileName;
    // The file is out already: a history that cannot be updated (variant deleted meanwhile, disk full) is a warning.
    const record = saved
      ? await recordExport(ctx.libraryDir, variant.id, {
          at: new Date().toISOString(),
          format,
          template: req.template.name,
          fileName: name,
        })
      : null;
    const recorded = record?.ok ? record.value : null;
    const warning =
      record && !record.ok ? `exported, but the variant's export history was not updated: ${record.error}` : null;
    return {
      cancelled: false,
      fileName: name,
      file: target,
      dataBase64: target ? null : Buffer.from(r.bytes).toString('base64'),
      pageCount: r.pageCount,
      recorded: recorded
        ? {
            revision: recorded.revision,
            exportHistory: recorded.variant.exportHistory,
            updatedAt: recorded.variant.updatedAt,
          }
        : null,
      warning,
    };
  },
});
