import { z } from 'zod';
import { loadResumeFile } from '../../node/load-resume';
import { defineMethod } from '../define-method';
import { readMaster } from '../master-resume';

const Problem = z.object({ path: z.string(), message: z.string() });
const Counts = z.object({ sections: z.number().int(), entries: z.number().int(), bullets: z.number().int() });

/**
 * Checks the master file against the schema. An invalid file is the answer, not a failure, so it comes back as a
 * value with every problem at its path (`tailor validate` lists them).
 */
export const validateMaster = defineMethod({
  input: z.object({}).strict(),
  output: z.discriminatedUnion('valid', [
    z.object({
      valid: z.literal(true),
      file: z.string(),
      name: z.string(),
      counts: Counts,
      skillGroups: z.number().int(),
      sections: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          title: z.string(),
          entries: z.number().int(),
          bullets: z.number().int(),
        }),
      ),
      /** What is valid but less useful than it could be (a link without an address); never a failure. */
      warnings: z.array(Problem),
    }),
    z.object({ valid: z.literal(false), file: z.string(), error: z.string(), problems: z.array(Problem) }),
  ]),
  async run(_input, ctx) {
    const loaded = await loadResumeFile(ctx.resumePath);
    if (!loaded.ok)
      return { valid: false as const, file: ctx.resumePath, error: loaded.error, problems: loaded.problems ?? [] };
    const [{ countResume }, { linkWarnings }] = await Promise.all([
      import('../../core/resume/walk-resume'),
      import('../../core/resume/link-warnings'),
    ]);
    const r = loaded.resume;
    return {
      valid: true as const,
      file: ctx.resumePath,
      name: r.basics.name,
      counts: countResume(r),
      skillGroups: r.skills.length,
      sections: r.sections.map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        entries: s.entries.length,
        bullets: s.entries.reduce((n, e) => n + e.bullets.length, 0),
      })),
      warnings: linkWarnings(r),
    };
  },
});

/** The master as JSON Resume (jsonresume.org schema v1), for other tools. */
export const exportJsonResume = defineMethod({
  input: z.object({}).strict(),
  output: z.object({ jsonResume: z.record(z.string(), z.unknown()) }),
  async run(_input, ctx) {
    const { toJsonResume } = await import('../../core/resume/json-resume');
    return { jsonResume: toJsonResume(await readMaster(ctx)) as Record<string, unknown> };
  },
});
