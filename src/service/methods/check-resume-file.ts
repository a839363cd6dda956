import { z } from 'zod';
import { atsReport, unreadableReport } from '../../core/render/ats-check';
import { Resume } from '../../core/resume/schema';
import { defineMethod, ServiceError } from '../define-method';

/** What `tailor check` prints and the app shows after each export. */
export const AtsCheckReport = z.object({
  readable: z.boolean(),
  contacts: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    links: z.array(z.string()),
  }),
  sections: z.array(
    z.object({
      heading: z.string(),
      standard: z.boolean(),
      entries: z.array(
        z.object({
          title: z.string(),
          organization: z.string().nullable(),
          start: z.string().nullable(),
          end: z.string().nullable(),
          bullets: z.number().int(),
        }),
      ),
    }),
  ),
  bulletsRecognised: z.number().int(),
  problems: z.array(z.string()),
});

/**
 * The ATS read-back: reads a PDF or DOCX the way a text-based ATS does, through our importer, and with the
 * intended (tailored) resume lists every shown bullet or field that did not come back intact. Give a file path
 * (CLI) or the bytes (the app checks each export it just made).
 */
export const checkResumeFile = defineMethod({
  input: z
    .object({
      file: z.string().min(1).optional(),
      dataBase64: z.string().max(30_000_000).optional(),
      format: z.enum(['pdf', 'docx']).optional(),
      intended: Resume.optional(),
    })
    .strict()
    .refine((x) => !!x.file !== !!x.dataBase64, 'give either file or dataBase64')
    .refine((x) => !x.dataBase64 || !!x.format, 'dataBase64 needs its format'),
  output: AtsCheckReport,
  async run({ file, dataBase64, format, intended }) {
    // Loaded here, not at the top: the document readers (mammoth, pdfjs) would otherwise load with the whole table.
    const { loadImportFile } = await import('../../node/import-document');
    let bytes: Uint8Array;
    let type: 'pdf' | 'docx';
    if (file) {
      const loaded = await loadImportFile(file);
      if (!loaded.ok) throw new ServiceError(loaded.error, 'unreadable');
      if (loaded.type !== 'pdf' && loaded.type !== 'docx')
        throw new ServiceError(`${file}: tailor check reads .pdf and .docx files`, 'bad-input');
      bytes = loaded.bytes;
      type = loaded.type;
    } else {
      bytes = new Uint8Array(Buffer.from(dataBase64!, 'base64'));
      type = format!;
    }
    return checkBytes(bytes, type, intended);
  },
});

/** The read-back of bytes in hand: what an export checks on the file it just wrote. */
export async function checkBytes(bytes: Uint8Array, type: 'pdf' | 'docx', intended?: Resume) {
  const { importDocument } = await import('../../node/import-document');
  const r = await importDocument(bytes, type);
  if (!r.ok) return unreadableReport(r.error);
  return atsReport(r.resume, intended);
}
