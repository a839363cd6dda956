import { z } from 'zod';
import { ItemId, RichText } from '../resume/schema';

/**
 * What the renderer needs from a tailoring: order, hidden items and reworded bullets. It is a plain subset of the
 * variant model (src/core/tailor), so a variant maps onto it with no loss; until that wiring lands, the CLI builds it.
 */
export const RenderTailoring = z
  .object({
    sectionOrder: z.array(ItemId).optional(),
    entryOrder: z.record(ItemId, z.array(ItemId)).optional(),
    bulletOrder: z.record(ItemId, z.array(ItemId)).optional(),
    hidden: z
      .object({
        sections: z.array(ItemId).optional(),
        entries: z.array(ItemId).optional(),
        bullets: z.array(ItemId).optional(),
      })
      .strict()
      .optional(),
    rewording: z.record(ItemId, RichText).optional(),
  })
  .strict();
export type RenderTailoring = z.infer<typeof RenderTailoring>;

/** Who the document is for; it goes into the PDF title ("Name — Role at Company") and the default file name. */
export const RenderMeta = z
  .object({
    company: z.string().trim().max(1000).optional(),
    role: z.string().trim().max(1000).optional(),
  })
  .strict();
export type RenderMeta = z.infer<typeof RenderMeta>;
