import { z } from 'zod';
import { Variant } from '../../core/tailor/variant-schema';
import { autoTailorRecipe } from '../auto-tailor-recipe';
import { defineMethod } from '../define-method';
import { readMaster } from '../master-resume';

/** Options every auto-tailor entry point takes; the recipe itself is autoTailorRecipe. */
export const AutoTailorOptions = {
  threshold: z.number().min(0).max(100).optional(),
  keepPerEntry: z.number().int().min(0).max(50).optional(),
  fit: z.boolean().default(true),
};

export const AutoTailorOut = z.object({
  variant: Variant,
  hiddenToFit: z.array(z.string()),
  fits: z.boolean().nullable(),
});

/** The open variant, auto-tailored (nothing saved: the window's autosave does that). */
export const autoTailor = defineMethod({
  input: z.object({ variant: Variant, ...AutoTailorOptions }).strict(),
  output: AutoTailorOut,
  async run({ variant, ...opts }, ctx) {
    return autoTailorRecipe(ctx, await readMaster(ctx), variant, opts);
  },
});
