import { z } from 'zod';
import { Resume } from '../../core/resume/schema';
import { loadResumeFile } from '../../node/load-resume';
import { defineMethod, ServiceError } from '../define-method';

export const loadMaster = defineMethod({
  input: z.object({}).strict(),
  output: z.object({ resume: Resume, file: z.string() }),
  async run(_input, ctx) {
    const loaded = await loadResumeFile(ctx.resumePath);
    if (!loaded.ok) {
      const details = (loaded.problems ?? []).slice(0, 5).map((p) => `${p.path}: ${p.message}`);
      // No file yet is the first run (the app offers to import or start one), not a broken master.
      throw new ServiceError([loaded.error, ...details].join('\n'), loaded.missing ? 'not-found' : 'unreadable');
    }
    return { resume: loaded.resume, file: loaded.file };
  },
});
