import { z } from 'zod';
import { MAX_POSTING_CHARS, POSTING_TOO_LONG } from '../../core/job/posting-limits';
import { ResumeScore } from '../../core/match/schema';
import { defineMethod, ServiceError } from '../define-method';
import { readMaster } from '../master-resume';

/** The master's bullets against a posting (`tailor score`): match rate, missing keywords, every bullet explained. */
export const scoreMaster = defineMethod({
  input: z.object({ postingText: z.string().max(MAX_POSTING_CHARS, POSTING_TOO_LONG) }).strict(),
  output: z.object({ notes: z.array(z.string()), score: ResumeScore }),
  async run({ postingText }, ctx) {
    const master = await readMaster(ctx);
    const { analyzePosting, scoreResume } = await import('../../core/match');
    const analyzed = analyzePosting(postingText);
    if (!analyzed.ok) throw new ServiceError(analyzed.error);
    return { notes: analyzed.posting.notes, score: scoreResume(analyzed.posting, master) };
  },
});
