import path from 'node:path';
import { z } from 'zod';
import { EntryCertainty, ImportWarning } from '../../core/import/source-line';
import type { Resume } from '../../core/resume/schema';
import { Resume as ResumeSchema } from '../../core/resume/schema';
import { defineMethod, ServiceError } from '../define-method';
import type { ServiceContext } from '../service-context';

const MAX_TEXT_BYTES = 10 * 1024 * 1024;

/**
 * A resume file named by its path (`tailor import FILE`): Word, PDF, text/Markdown, JSON Resume, or our own
 * format (validated as is). Only a shell whose own user typed the path may name one (ctx.localPaths): the page
 * in the app sends the bytes it was given instead (importResumeFile). Nothing is written.
 */
export const importResumePath = defineMethod({
  input: z.object({ file: z.string().trim().min(1).max(4096) }).strict(),
  output: z.object({
    resume: ResumeSchema,
    warnings: z.array(ImportWarning),
    counts: z.object({ sections: z.number().int(), entries: z.number().int(), bullets: z.number().int() }),
    /** How sure the recognizer was of each entry, and its one-line verdict; absent for JSON, which is not guessed. */
    certainty: z.array(EntryCertainty).optional(),
    verdict: z.string().optional(),
  }),
  async run({ file }, ctx) {
    const { resume, warnings, certainty, verdict } = await importPath(file, ctx);
    const { countResume } = await import('../../core/resume/walk-resume');
    return {
      resume,
      warnings,
      counts: countResume(resume),
      ...(verdict !== undefined ? { verdict, certainty: certainty ?? [] } : {}),
    };
  },
});

type Imported = { resume: Resume; warnings: ImportWarning[]; certainty?: EntryCertainty[]; verdict?: string };

async function importPath(file: string, ctx: ServiceContext): Promise<Imported> {
  if (!ctx.localPaths) throw new ServiceError('importing by path is for the command line; send the file instead');
  const { loadImportFile } = await import('../../node/import-document');
  const ext = path.extname(file).toLowerCase();
  // Text and JSON have a tighter cap than Word and PDF files, which carry fonts and images.
  const textual = !['.pdf', '.docx', '.doc'].includes(ext);
  const loaded = await loadImportFile(file, textual ? MAX_TEXT_BYTES : undefined);
  if (!loaded.ok) throw new ServiceError(loaded.error, 'unreadable');
  if (loaded.type === 'pdf' || loaded.type === 'docx') {
    // Off the main thread and within budgets: a hostile file can at worst fail its own import.
    const { importDocumentIsolated } = await import('../../node/import-worker');
    const r = (await importDocumentIsolated(loaded.bytes, loaded.type)).result;
    if (!r.ok) throw new ServiceError(`${file}: ${r.error}`, 'unreadable');
    return r;
  }
  const { decodeText } = await import('../../node/read-text-file');
  const text = decodeText(loaded.bytes);
  if (ext === '.json' || /^\s*[{[]/.test(text)) return importJson(file, text);
  const { importText } = await import('../../core/import/import-text');
  const r = importText(text);
  if (!r.ok) throw new ServiceError(`${file}: ${r.error}`);
  return r;
}

async function importJson(file: string, text: string): Promise<Imported> {
  const [{ parseJsonText }, { validateResume }, { fromJsonResume }] = await Promise.all([
    import('../../core/resume/parse-json-text'),
    import('../../core/resume/validate-resume'),
    import('../../core/resume/json-resume'),
  ]);
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new ServiceError(`${file}: ${parsed.error}`);
  // Our own format passes through validation; anything else is read as JSON Resume.
  if (parsed.value && typeof parsed.value === 'object' && 'schemaVersion' in parsed.value) {
    const v = validateResume(parsed.value);
    if (!v.ok)
      throw new ServiceError(
        [`${file}: not a valid master resume`, ...v.problems.map((p) => `${p.path}: ${p.message}`)].join('\n'),
      );
    return { resume: v.resume, warnings: [] };
  }
  const r = fromJsonResume(parsed.value);
  if (!r.ok) throw new ServiceError([`${file}: ${r.error}`, ...(r.problems ?? [])].join('\n'));
  return { resume: r.resume, warnings: r.warnings.map((w) => ({ lineNo: 0, line: w.path, reason: w.message })) };
}
