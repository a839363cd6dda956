import { z } from 'zod';
import type { Resume } from '../../core/resume/schema';
import type { Variant } from '../../core/tailor/variant-schema';
import { VariantId } from '../../core/tailor/variant-schema';
import { autoTailorRecipe } from '../auto-tailor-recipe';
import { defineMethod, ServiceError } from '../define-method';
import { readMaster } from '../master-resume';
import { StoredVariantOut } from '../stored-variant-schema';
import { unwrap } from '../store-result';
import { AutoTailorOptions } from './auto-tailor';

/**
 * A saved variant, auto-tailored from its own posting and saved back (`tailor variants auto`): read, tailor with
 * the one recipe, save against the revision read, so a change made meanwhile is a conflict rather than lost.
 * The match rates are of the posting (with the person's keyword overrides) against the tailored resume.
 */
export const autoTailorSaved = defineMethod({
  input: z.object({ id: VariantId, ...AutoTailorOptions, dryRun: z.boolean().default(false) }).strict(),
  output: StoredVariantOut.extend({
    saved: z.boolean(),
    hiddenToFit: z.array(z.string()),
    fits: z.boolean().nullable(),
    matchRateBefore: z.number(),
    matchRateAfter: z.number(),
  }),
  async run({ id, dryRun, ...opts }, ctx) {
    const { getVariant, saveVariant } = await import('../../node/variant-store');
    const stored = unwrap(await getVariant(ctx.libraryDir, id));
    const v = stored.variant;
    if (!v.posting.text.trim())
      throw new ServiceError(`variant ${id} has no posting text to tailor to: add the posting first`);
    const master = await readMaster(ctx);
    const result = await autoTailorRecipe(ctx, master, v, opts);
    const rate = await matchRateOf(master);
    const matchRateBefore = rate(v);
    const matchRateAfter = rate(result.variant);
    const out = dryRun
      ? { ...stored, variant: result.variant }
      : unwrap(await saveVariant(ctx.libraryDir, result.variant, { expectedRevision: stored.revision }));
    return {
      ...out,
      saved: !dryRun,
      hiddenToFit: result.hiddenToFit,
      fits: result.fits,
      matchRateBefore,
      matchRateAfter,
    };
  },
});

async function matchRateOf(master: Resume): Promise<(v: Variant) => number> {
  const [{ analyzePosting, scoreResume, withKeywordOverrides }, { applyVariant }] = await Promise.all([
    import('../../core/match'),
    import('../../core/tailor/apply-variant'),
  ]);
  return (v) => {
    const analyzed = analyzePosting(v.posting.text);
    if (!analyzed.ok) return 0;
    const posting = withKeywordOverrides(analyzed.posting, v.tailoring.keywords);
    return scoreResume(posting, applyVariant(master, v).resume).matchRate;
  };
}
