import { z } from 'zod';
import { Variant } from '../../core/tailor/variant-schema';
import { defineMethod } from '../define-method';
import { masterFor } from '../variant-master';

export const FitOut = z.object({
  target: z.number().int().nullable(),
  fits: z.boolean(),
  pageCount: z.number().int(),
  overflowLines: z.number(),
  message: z.string(),
});

/** A page target not met: the message beside the page count, and about which bullets would have to go. */
export const OverflowOut = z
  .object({ message: z.string(), wouldGo: z.array(z.object({ id: z.string(), text: z.string() })) })
  .nullable();

/** The real PDF of the current state (the same bytes an export writes), for pdf.js to draw. */
export const renderPreview = defineMethod({
  input: z.object({ variant: Variant }).strict(),
  output: z.object({
    pdfBase64: z.string(),
    pageCount: z.number().int().min(1),
    fit: FitOut,
    template: z.string(),
    /** What `tailor export` would refuse with: the app says the same beside the page count. */
    overflow: OverflowOut,
  }),
  async run({ variant }, ctx) {
    // A kept application previews against its frozen master (variant-master.ts).
    const master = await masterFor(ctx, variant);
    const { renderRequestFor, renderVariant } = await import('../render-variant');
    const req = await renderRequestFor(ctx, master, variant);
    const r = await renderVariant(req, 'pdf');
    const { target, fits, pageCount, overflowLines, message } = r.fit;
    const { overflowItems, overflowMessage } = await import('../../core/render/overflow-report');
    const wouldGo = overflowItems(r.document, r.fit);
    return {
      pdfBase64: Buffer.from(r.bytes).toString('base64'),
      pageCount: r.pageCount,
      fit: { target, fits, pageCount, overflowLines, message },
      template: req.template.name,
      overflow: target !== null && !fits ? { message: overflowMessage(r.fit, wouldGo), wouldGo } : null,
    };
  },
});
