import { z } from 'zod';
import { analyzePosting, ResumeScore, scoreResume } from '../../core/match';
import { applyVariant } from '../../core/tailor/apply-variant';
import { Variant } from '../../core/tailor/variant-schema';
import { defineMethod, ServiceError } from '../define-method';
import { withKeywordOverrides } from '../../core/match/keyword-overrides';
import { readMaster } from '../master-resume';

/** The variant's posting against the tailored resume: what the match panel shows (the renderer also scores locally). */
export const scoreVariant = defineMethod({
  input: z.object({ variant: Variant }).strict(),
  output: z.object({ score: ResumeScore }),
  async run({ variant }, ctx) {
    const master = await readMaster(ctx);
    const analyzed = analyzePosting(variant.posting.text);
    if (!analyzed.ok) throw new ServiceError(analyzed.error);
    const posting = withKeywordOverrides(analyzed.posting, variant.tailoring.keywords);
    return { score: scoreResume(posting, applyVariant(master, variant).resume) };
  },
});
