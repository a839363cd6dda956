import { z } from 'zod';
import { Tailoring, Variant } from '../../core/tailor/variant-schema';
import { autoTailorRecipe } from '../auto-tailor-recipe';
import { defineMethod, ServiceError } from '../define-method';
import { readMaster } from '../master-resume';
import { unwrap } from '../store-result';
import { AutoTailorDecision } from './auto-tailor';
import { NewVariantInput, newVariantFields } from './variants-write';

/**
 * "Create a variant and auto-tailor it", one step for every shell: the app's New variant form and
 * `tailor variants new --auto` save it; `tailor export --posting` asks for a draft (save: false) it only renders.
 * With no posting there is nothing to tailor to and the variant comes back in master order. When auto-tailor
 * cannot run (a posting with no recognizable words, a missing template) the variant is still made, and
 * `tailorError` says why.
 */
export const createTailoredVariant = defineMethod({
  input: NewVariantInput.extend({ save: z.boolean().default(true), fit: z.boolean().default(true) }).strict(),
  output: z.object({
    variant: Variant,
    /** null for a draft (save: false). */
    stored: z
      .object({ fileName: z.string(), revision: z.string(), migratedFrom: z.number().int().nullable() })
      .nullable(),
    /** The tailoring before auto-tailor (master order): the app keeps it as the one undo step back. */
    untailored: Tailoring,
    hiddenToFit: z.array(z.string()),
    fits: z.boolean().nullable(),
    /** What auto-tailor decided and why (empty when it did not run): Create says what it hid, never silently. */
    decisions: z.array(AutoTailorDecision),
    tailorError: z.string().nullable(),
  }),
  async run({ save, fit, ...input }, ctx) {
    const master = await readMaster(ctx);
    const { newVariant } = await import('../../core/tailor/new-variant');
    const draft = newVariant(master, newVariantFields(input), { id: 'draft', now: new Date().toISOString() });
    let tailored = draft;
    let hiddenToFit: string[] = [];
    let fits: boolean | null = null;
    let tailorError: string | null = null;
    let decisions: z.infer<typeof AutoTailorDecision>[] = [];
    if (input.postingText.trim())
      try {
        const r = await autoTailorRecipe(ctx, master, draft, { fit });
        ({ hiddenToFit, fits, decisions } = r);
        tailored = r.variant;
      } catch (e) {
        if (!(e instanceof ServiceError)) throw e;
        tailorError = e.message;
      }
    if (!save)
      return {
        variant: tailored,
        stored: null,
        untailored: draft.tailoring,
        hiddenToFit,
        fits,
        decisions,
        tailorError,
      };
    const { newVariantId, saveVariant } = await import('../../node/variant-store');
    // Written once, already tailored: the library never holds an untailored copy a crash could leave behind.
    const stored = unwrap(
      await saveVariant(ctx.libraryDir, { ...tailored, id: newVariantId() }, { expectedRevision: null }),
    );
    const { variant, ...file } = stored;
    return { variant, stored: file, untailored: draft.tailoring, hiddenToFit, fits, decisions, tailorError };
  },
});
