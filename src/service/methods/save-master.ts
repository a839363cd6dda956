import { z } from 'zod';
import { Resume } from '../../core/resume/schema';
import { validateResume } from '../../core/resume/validate-resume';
import { latestBackupPath } from '../../node/file-backups';
import { loadResumeFile } from '../../node/load-resume';
import { masterRevision, readMasterBytes, replaceMasterFile } from '../../node/master-file';
import { defineMethod, ServiceError } from '../define-method';

export { masterRevision };

/** "…/master.json" -> "…/master.backup.json": the newest previous version, beside the file it protects. */
export const masterBackupPath = latestBackupPath;

async function readBytes(file: string): Promise<Uint8Array | null> {
  const read = await readMasterBytes(file);
  if (!read.ok) throw new ServiceError(read.error, 'io');
  return read.bytes;
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
 * file's previous bytes join the backups (the last 10, timestamped) before the new ones replace it, each atomically.
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
    // The revision check runs inside the file's lock: of 50 saves naming one revision, one is saved and 49 conflict.
    const saved = await replaceMasterFile(file, v.resume, expectedRevision !== undefined ? { expectedRevision } : {});
    if (!saved.ok)
      throw new ServiceError(
        saved.error,
        saved.code === 'conflict' ? 'conflict' : saved.code === 'too-big' ? 'bad-input' : 'io',
      );
    return { resume: v.resume, file, revision: saved.revision, backup: saved.backup };
  },
});
