import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Resume } from '../../core/resume/schema';
import { validateResume } from '../../core/resume/validate-resume';
import { writeFileAtomic } from '../../node/atomic-write';
import { loadResumeFile } from '../../node/load-resume';
import { defineMethod, ServiceError } from '../define-method';

/** A token for the master file's bytes: the editor hands it back so a change made elsewhere is not overwritten. */
export function masterRevision(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

/** "…/master.json" -> "…/master.backup.json": one previous version, beside the file it protects. */
export function masterBackupPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.backup${ext || '.json'}`);
}

async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ServiceError(`cannot read ${file}: ${(e as Error).message}`, 'io');
  }
}

/** The master for the editor: like loadMaster, plus the revision a save must name. */
export const openMaster = defineMethod({
  input: z.object({}).strict(),
  output: z.object({ resume: Resume, file: z.string(), revision: z.string() }),
  async run(_input, ctx) {
    const bytes = await readBytes(ctx.resumePath);
    const loaded = await loadResumeFile(ctx.resumePath);
    if (!loaded.ok || !bytes) {
      const details = loaded.ok ? [] : (loaded.problems ?? []).slice(0, 5).map((p) => `${p.path}: ${p.message}`);
      throw new ServiceError(
        [loaded.ok ? `${ctx.resumePath}: not found` : loaded.error, ...details].join('\n'),
        'unreadable',
      );
    }
    return { resume: loaded.resume, file: loaded.file, revision: masterRevision(bytes) };
  },
});

/**
 * Saves the edited master. Validation comes first and a stale revision is refused, so a refusal writes nothing; the
 * file's previous bytes go to the backup before the new ones replace it, both atomically.
 */
export const saveMaster = defineMethod({
  // Checked here rather than by the input schema, so problems read `sections[0]…` rather than `resume.sections[0]…`.
  input: z.object({ resume: z.unknown(), expectedRevision: z.string().max(100).optional() }).strict(),
  output: z.object({ resume: Resume, file: z.string(), revision: z.string(), backup: z.string().nullable() }),
  async run({ resume, expectedRevision }, ctx) {
    const v = validateResume(resume);
    if (!v.ok) {
      const shown = v.problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`);
      const more = v.problems.length > shown.length ? [`…and ${v.problems.length - shown.length} more`] : [];
      throw new ServiceError(
        [`the master resume was not saved: ${v.problems.length} problem(s)`, ...shown, ...more].join('\n'),
        'bad-input',
      );
    }
    const file = ctx.resumePath;
    const current = await readBytes(file);
    if (expectedRevision !== undefined && (current === null || masterRevision(current) !== expectedRevision))
      throw new ServiceError(
        `${file} changed on disk since it was opened; reload the master resume before saving`,
        'conflict',
      );
    const text = `${JSON.stringify(v.resume, null, 2)}\n`;
    let backup: string | null = null;
    try {
      if (current) {
        backup = masterBackupPath(file);
        await writeFileAtomic(backup, current);
      }
      await writeFileAtomic(file, text);
    } catch (e) {
      throw new ServiceError(`could not save ${file}: ${(e as Error).message}`, 'io');
    }
    return { resume: v.resume, file, revision: masterRevision(text), backup };
  },
});
