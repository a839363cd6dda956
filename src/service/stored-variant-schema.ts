import { z } from 'zod';
import { Variant } from '../core/tailor/variant-schema';

/** A variant as read from or written to the library, with the revision token to hand back on the next save. */
export const StoredVariantOut = z.object({
  variant: Variant,
  fileName: z.string(),
  revision: z.string(),
  migratedFrom: z.number().int().nullable(),
});
