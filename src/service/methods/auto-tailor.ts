import { z } from 'zod';
import { analyzePosting, scoreResume } from '../../core/match';
import { applyVariant } from '../../core/tailor/apply-variant';
import { autoTailor as tailor } from '../../core/tailor/auto-tailor';
import { Variant } from '../../core/tailor/variant-schema';
import { defineMethod, ServiceError } from '../define-method';
import { withKeywordOverrides } from '../../core/match/keyword-overrides';
import { readMaster } from '../master-resume';
import { fitsPages, renderRequestFor } from '../render-variant';

/**
 * Orders by relevance, hides weak bullets and fits the page target. Scores are of the master's bullets (in the
 * variant's wording): what a bullet says decides its place, not whether it is shown now.
 */
export const autoTailor = defineMethod({
  input: z.object({ variant: Variant }).strict(),
  output: z.object({
    variant: Variant,
    hiddenToFit: z.array(z.string()),
    entriesHiddenToFit: z.array(z.string()),
    fits: z.boolean().nullable(),
    /** The proposal explained: per item what it would hide, move or keep, the score that decided it and why. */
    decisions: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['section', 'entry', 'bullet']),
        action: z.enum(['hide', 'keep', 'move']),
        score: z.number().nullable(),
        reason: z.enum([
          'fits',
          'below-threshold',
          'to-fit',
          'entry-hidden',
          'two-bullet-rule',
          'manual',
          'reworded',
          'relevance',
        ]),
        /** The bullet's text (as this variant words it), so a report can be read without the master. */
        text: z.string().optional(),
      }),
    ),
  }),
  async run({ variant }, ctx) {
    const master = await readMaster(ctx);
    const analyzed = analyzePosting(variant.posting.text);
    if (!analyzed.ok) throw new ServiceError(`paste a posting first: ${analyzed.error}`);
    const posting = withKeywordOverrides(analyzed.posting, variant.tailoring.keywords);
    const allShown = {
      ...variant,
      tailoring: { ...variant.tailoring, hidden: { sections: [], entries: [], bullets: [] } },
    };
    const score = scoreResume(posting, applyVariant(master, allShown).resume);
    const bulletScores = Object.fromEntries(score.bullets.map((b) => [b.bulletId, b.score]));
    const req = await renderRequestFor(ctx, master, variant);
    const result = tailor(master, variant, { bulletScores, fits: fitsPages(req) });
    const texts = new Map(score.bullets.map((b) => [b.bulletId, b.text]));
    return {
      ...result,
      decisions: result.decisions.map((d) => (texts.has(d.id) ? { ...d, text: texts.get(d.id)! } : d)),
    };
  },
});
