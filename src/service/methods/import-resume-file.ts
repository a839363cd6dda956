import path from 'node:path';
import { z } from 'zod';
import { describeType, detectFileType } from '../../core/import/detect-file-type';
import { EntryCertainty, ImportWarning } from '../../core/import/source-line';
import { Resume } from '../../core/resume/schema';
import { MAX_DOCUMENT_BYTES } from '../../node/import-limits';
import { defineMethod, ServiceError } from '../define-method';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/**
 * The in-app import: the page reads the file the person picked and sends its bytes (base64), so the browser build
 * needs no path on the server's disk. Returns the recognized resume for review; nothing is written.
 */
export const importResumeFile = defineMethod({
  input: z
    .object({
      fileName: z.string().trim().min(1).max(500),
      // base64 grows bytes by a third.
      base64: z.string().max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 4),
    })
    .strict(),
  output: z.object({
    resume: Resume,
    warnings: z.array(ImportWarning),
    sourceText: z.string(),
    type: z.enum(['pdf', 'docx', 'text']),
    /** How sure the recognizer was of each entry, and its one-line verdict ("recognized 9 entries, 2 unsure: ..."). */
    certainty: z.array(EntryCertainty),
    verdict: z.string(),
  }),
  async run({ fileName, base64 }, _ctx) {
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    if (bytes.length === 0) throw new ServiceError(`${fileName}: the file is empty`);
    const type = detectFileType(bytes.subarray(0, 8192));
    const ext = path.extname(fileName).toLowerCase();
    if (type === 'ole')
      throw new ServiceError(
        `${fileName}: is ${describeType('ole')}; open it in Word or LibreOffice, remove any password and save it as .docx`,
      );
    if (type === 'pdf' || type === 'docx') {
      if (ext !== `.${type}`)
        throw new ServiceError(
          `${fileName}: the file is ${describeType(type)}; give it the .${type} extension to import it`,
        );
      // Off the main thread, within budgets, parsed once for both the resume and the review text.
      const { importDocumentIsolated } = await import('../../node/import-worker');
      const { result: r, sourceText } = await importDocumentIsolated(bytes, type);
      if (!r.ok) throw new ServiceError(`${fileName}: ${r.error}`);
      return { resume: r.resume, warnings: r.warnings, sourceText, type, certainty: r.certainty, verdict: r.verdict };
    }
    if (type !== 'text' || (ext && !TEXT_EXTENSIONS.has(ext)))
      throw new ServiceError(
        `${fileName}: is ${describeType(type)}${ext ? ` (${ext})` : ''}; open a .docx, .pdf, .txt or .md resume`,
      );
    const text = new TextDecoder('utf-8').decode(bytes);
    const { importText } = await import('../../core/import/import-text');
    const r = importText(text);
    if (!r.ok) throw new ServiceError(`${fileName}: ${r.error}`);
    return {
      resume: r.resume,
      warnings: r.warnings,
      sourceText: text,
      type: 'text' as const,
      certainty: r.certainty,
      verdict: r.verdict,
    };
  },
});
