import path from 'node:path';
import { z } from 'zod';
import { defaultExportFileName } from '../../core/render/file-name';
import { ExportRecord, Variant } from '../../core/tailor/variant-schema';
import { defineMethod, ServiceError } from '../define-method';
import { masterFor } from '../variant-master';
import { BulletsReport } from '../export-bullets';
import { AtsCheckReport } from './check-resume-file';
import { FitOut, OverflowOut } from './render-preview';

const NotShownOut = z.object({ path: z.string(), message: z.string() });

/**
 * Renders the export and either writes it where the person chose (Electron's save dialog, via ctx) or hands the
 * bytes back for the browser to download. A saved variant gets the export in its history; the new revision comes
 * back so the open window's next save is not mistaken for a conflict.
 *
 * With `allowOverflow: false` a page target that cannot be met writes nothing (no dialog either): `written` is
 * false and `overflow` names what would have to go. The report beside the file: every bullet shown and hidden with
 * its score and auto-tailor's reason, the fields no template prints, and the ATS read-back of the written bytes.
 */
export const exportResume = defineMethod({
  input: z
    .object({
      variant: Variant,
      format: z.enum(['pdf', 'docx', 'png']),
      saved: z.boolean().default(true),
      /** false: lay out at the template's own size (no tightening toward the variant's page target). */
      fitPages: z.boolean().default(true),
      /** DOCX: embed the template's fonts (false names them only, for a smaller file). */
      embedFonts: z.boolean().default(true),
      /** PNG: which page, at what resolution. */
      page: z.number().int().min(1).max(100).default(1),
      dpi: z.number().int().min(20).max(600).default(110),
      /**
       * Write even when the page target is not met. The app's default (its preview already says "does not fit"
       * beside the page count); `tailor export` passes false unless --allow-overflow.
       */
      allowOverflow: z.boolean().default(true),
      /** Read the PDF or DOCX back through the importer, as a text-based ATS would (a few hundred ms). */
      check: z.boolean().default(true),
    })
    .strict(),
  output: z.object({
    cancelled: z.boolean(),
    /** false when nothing was written: cancelled, or a page target not met without allowOverflow. */
    written: z.boolean(),
    fileName: z.string(),
    file: z.string().nullable(),
    dataBase64: z.string().nullable(),
    pageCount: z.number().int(),
    recorded: z
      .object({ revision: z.string(), exportHistory: z.array(ExportRecord), updatedAt: z.string() })
      .nullable(),
    /** The file was written but something around it did not work (e.g. the history could not be updated). */
    warning: z.string().nullable(),
    bytes: z.number().int(),
    template: z.string(),
    fit: FitOut.extend({ scale: z.unknown(), bodySize: z.number() }).nullable(),
    missingCharacters: z.array(z.object({ char: z.string(), replacement: z.string().nullable() })),
    /** The page target is not met: what the app and CLI say, and about which bullets would have to go. */
    overflow: OverflowOut,
    bullets: BulletsReport,
    notShown: z.array(NotShownOut),
    /** null for PNG, or when nothing was written or `check` was false. */
    atsCheck: AtsCheckReport.nullable(),
  }),
  async run({ variant, format, saved, fitPages, embedFonts, page, dpi, allowOverflow, check }, ctx) {
    const master = await masterFor(ctx, variant);
    const fileName = defaultExportFileName(master.basics.name, format, {
      company: variant.company,
      role: variant.role,
    });
    const [{ renderRequestFor, renderVariant }, { exportBullets }, { overflowItems, overflowMessage }] =
      await Promise.all([
        import('../render-variant'),
        import('../export-bullets'),
        import('../../core/render/overflow-report'),
      ]);
    const req = await renderRequestFor(ctx, master, variant, { fitPages });
    const r = await renderVariant(req, format === 'docx' ? 'docx' : 'pdf', { embedFonts });
    const fit = { ...r.fit };
    const wouldGo = overflowItems(r.document, r.fit);
    const overflow = fit.target !== null && !fit.fits ? { message: overflowMessage(r.fit, wouldGo), wouldGo } : null;
    const report = {
      template: req.template.name,
      fit,
      missingCharacters: r.missingCharacters,
      overflow,
      bullets: await exportBullets(ctx, master, variant, req.resume, { fit: fitPages }),
      notShown: r.notShown,
    };
    const nothing = { file: null, dataBase64: null, recorded: null, warning: null, bytes: 0, atsCheck: null };
    if (overflow && !allowOverflow)
      return { cancelled: false, written: false, fileName, pageCount: r.pageCount, ...nothing, ...report };
    let target: string | null = null;
    if (ctx.chooseSavePath) {
      target = await ctx.chooseSavePath(fileName, format);
      if (!target) return { cancelled: true, written: false, fileName, pageCount: 0, ...nothing, ...report };
    }
    let bytes = r.bytes;
    if (format === 'png') {
      if (page > r.pageCount) throw new ServiceError(`page ${page}: the document has ${r.pageCount} page(s)`);
      const { renderPdfPagePng } = await import('../../node/pdf-preview');
      const png = await renderPdfPagePng(bytes, { page, dpi });
      if (!png.ok) throw new ServiceError(png.error, 'io');
      bytes = png.png;
    }
    if (target) {
      const { writeExport } = await import('../../node/write-export');
      const written = await writeExport(target, bytes);
      if (!written.ok) throw new ServiceError(written.error, 'io');
    }
    const name = target ? path.basename(target) : fileName;
    // The file is out already: a history that cannot be updated (variant deleted meanwhile, disk full) is a warning.
    // A saved variant's export is frozen in the library beside it (variant-snapshots.ts), then named in its history.
    const { recordSnapshotExport } = await import('../../node/variant-snapshots');
    const at = new Date().toISOString();
    const kept = saved
      ? await recordSnapshotExport(ctx.libraryDir, {
          variant,
          bytes,
          format,
          fileName: name,
          template: req.template.name,
          fonts: req.template.fonts,
          master,
          resolved: req.resume,
          at,
        })
      : null;
    const record = kept?.stored ?? null;
    const recorded = record?.ok ? record.value : null;
    const warning =
      record && !record.ok
        ? `exported, but the variant's export history was not updated: ${record.error}`
        : (kept?.snapshotError ?? null);
    // What an ATS reads from the very bytes handed out, against the resume they were meant to carry.
    let atsCheck = null;
    if (check && format !== 'png') {
      const { checkBytes } = await import('./check-resume-file');
      atsCheck = await checkBytes(r.bytes, format, req.resume);
    }
    return {
      cancelled: false,
      written: true,
      fileName: name,
      file: target,
      dataBase64: target ? null : Buffer.from(bytes).toString('base64'),
      pageCount: r.pageCount,
      recorded: recorded
        ? {
            revision: recorded.revision,
            exportHistory: recorded.variant.exportHistory,
            updatedAt: recorded.variant.updatedAt,
          }
        : null,
      warning,
      bytes: bytes.length,
      atsCheck,
      ...report,
    };
  },
});
