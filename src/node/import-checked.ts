import type { RecognizeResult } from '../core/import/recognize-structure';
import { checkDocxBudget } from './docx-budget';
import { readDocumentOnce } from './import-document';
import { checkPdfBudget } from './pdf-budget';

export type DocumentImport = { result: RecognizeResult; sourceText: string };

/** The budgets first (milliseconds, bounded memory), then the one parse; a refusal says which limit, in words. */
export async function importDocumentChecked(bytes: Uint8Array, type: 'pdf' | 'docx'): Promise<DocumentImport> {
  const budget = type === 'docx' ? checkDocxBudget(bytes) : checkPdfBudget(bytes);
  if (!budget.ok) return { result: { ok: false, error: budget.error, warnings: [] }, sourceText: '' };
  return readDocumentOnce(bytes, type);
}
