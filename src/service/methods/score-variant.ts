import { z } from 'zod';
import { ResumeScore } from '../../core/match/schema';
import { Variant } from '../../core/tailor/variant-schema';
import { defineMethod, ServiceError } from '../define-method';
import { masterFor } from '../variant-master';

/** The variant's posting against the tailored resume: what the match panel shows (the renderer also scores locally). */
export const scoreVariant = defineMethod({
  input: z.object({ variant: Variant }).strict(),
  output: z.object({ score: ResumeScore }),
  async run({ variant }, ctx) {
    const master = await masterFor(ctx, variant);
    const [{ analyzePosting, scoreResume, withKeywordOverrides }, { applyVariant }] = await Promise.all([
      import('../../core/match'),
      import('../../core/tailor/apply-variant'),
    ]);
    const analyzed = analyzePosting(variant.posting.text);
    if (!analyzed.ok) throw new ServiceError(analyzed.error);
    const posting = withKeywordOverrides(analyzed.posting, variant.tailoring.keywords);
    return { score: scoreResume(posting, applyVariant(master, variant).resume) };
  },
});
