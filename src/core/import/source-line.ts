import { z } from 'zod';

/**
 * One line of a resume as an importer sees it, whatever the file format. Text uses inline Markdown
 * (**bold**, *italic*, [label](url)) so the text, DOCX and PDF importers share one recognizer.
 */
export const SourceLine = z.object({
  text: z.string(),
  /** 1-based line number in the source, for warnings a person can find. */
  lineNo: z.number().int().positive(),
  /** What the format itself says: a styled heading, a list item. Absent means "decide from the text". */
  role: z.enum(['heading', 'bullet', 'text']).optional(),
  /** Text the format placed at the right margin (a date or a location after a tab stop). */
  right: z.string().optional(),
});
export type SourceLine = z.infer<typeof SourceLine>;

export const ImportWarning = z.object({
  lineNo: z.number().int(),
  line: z.string(),
  reason: z.string(),
});
export type ImportWarning = z.infer<typeof ImportWarning>;

/** How sure the recognizer was of one entry (0..1), where it starts in the source, and what made it unsure. */
export const EntryCertainty = z.object({
  entryId: z.string(),
  sectionId: z.string(),
  lineNo: z.number().int(),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});
export type EntryCertainty = z.infer<typeof EntryCertainty>;
