import { z } from 'zod';

/** What the Electron menu asks the page to do; the page's own shortcuts run the same commands. */
export const MenuCommand = z.enum(['new', 'save', 'export-pdf', 'export-docx', 'undo', 'redo']);
export type MenuCommand = z.infer<typeof MenuCommand>;
