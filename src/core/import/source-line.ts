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
