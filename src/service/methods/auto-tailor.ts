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

/** The proposal explained: per item what it would hide, move or keep, the score that decided it and why. */
/** Why auto-tailor hid, kept or moved something; an export's report adds reasons of its own (export-bullets.ts). */
export const AutoTailorReason = z.enum([
  'fits',
  'below-threshold',
  'to-fit',
  'entry-hidden',
  'two-bullet-rule',
  'manual',
  'reworded',
  'relevance',
]);

export const AutoTailorDecision = z.object({
  id: z.string(),
  kind: z.enum(['section', 'entry', 'bullet', 'skill-group', 'skill']),
  /** For a skill: its text (its group's id is `id`). */
  item: z.string().optional(),
  action: z.enum(['hide', 'keep', 'move']),
  score: z.number().nullable(),
  reason: AutoTailorReason,
  /** The bullet's text (as this variant words it), so a report can be read without the master. */
  text: z.string().optional(),
});

export const AutoTailorOut = z.object({
  variant: Variant,
  hiddenToFit: z.array(z.string()),
  entriesHiddenToFit: z.array(z.string()),
  fits: z.boolean().nullable(),
  decisions: z.array(AutoTailorDecision),
});

/** The open variant, auto-tailored (nothing saved: the window's autosave does that). */
export const autoTailor = defineMethod({
  input: z.object({ variant: Variant, ...AutoTailorOptions }).strict(),
  output: AutoTailorOut,
  async run({ variant, ...opts }, ctx) {
    return autoTailorRecipe(ctx, await readMaster(ctx), variant, opts);
  },
});
