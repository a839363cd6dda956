import path from 'node:path';
import { describeType, detectFileType, type DetectedType } from '../core/import/detect-file-type';
import { pdfPagesToLines } from '../core/import/pdf-layout';
import { stripPageFurniture } from '../core/import/pdf-page-furniture';
import { recognizeResume, type RecognizeResult } from '../core/import/recognize-structure';
import { toSourceLines, type StyledLine } from '../core/import/styled-lines';
import { readDocxLines } from './import-docx';
import { MAX_PDF_PAGES, readPdfItems } from './import-pdf';
import { readFileCapped } from './read-text-file';

import { MAX_DOCUMENT_BYTES } from './import-limits';

export { MAX_DOCUMENT_BYTES };

const EXPECTED: Record<string, DetectedType> = { '.pdf': 'pdf', '.docx': 'docx' };

export type LoadedFile = { ok: true; bytes: Uint8Array; type: DetectedType } | { ok: false; error: string };

/** Reads a file to import: checks its size before reading it, and that its bytes are what its extension says. */
export async function loadImportFile(file: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<LoadedFile> {
  const read = await readFileCapped(file, maxBytes, 'a resume file may be');
  if (!read.ok) return read;
  const bytes = read.bytes;
  if (bytes.length === 0) return { ok: false, error: `${file}: the file is empty` };
  const type = detectFileType(bytes.subarray(0, 8192));
  const ext = path.extname(file).toLowerCase();
  const expected = EXPECTED[ext];
  if (ext === '.doc' || type === 'ole')
    return {
      ok: false,
      error: `${file}: is ${describeType('ole')}; open it in Word or LibreOffice, remove any password and save it as .docx`,
    };
  if (expected && type !== expected)
    return { ok: false, error: `${file}: the name says ${ext} but the file is ${describeType(type)}` };
  if (!expected && (type === 'pdf' || type === 'docx'))
    return {
      ok: false,
      error: `${file}: the file is ${describeType(type)}; give it the .${type} extension to import it`,
    };
  if (type === 'rtf' || type === 'image')
    return { ok: false, error: `${file}: is ${describeType(type)}; save the resume as .docx, .pdf, .txt or .md` };
  return { ok: true, bytes, type };
}

/** DOCX or PDF bytes -> a master resume through the same recognizer as the text importer. */
export async function importDocument(bytes: Uint8Array, type: 'pdf' | 'docx'): Promise<RecognizeResult> {
  return (await readDocumentOnce(bytes, type)).result;
}

/** The recognized resume and the lines it was read from, as text for the side-by-side review: one parse for both. */
export async function readDocumentOnce(
  bytes: Uint8Array,
  type: 'pdf' | 'docx',
): Promise<{ result: RecognizeResult; sourceText: string }> {
  const styled: StyledRead = type === 'docx' ? await readDocxLines(bytes) : await readPdfLines(bytes);
  if (!styled.ok) return { result: { ok: false, error: styled.error, warnings: [] }, sourceText: '' };
  const lines = toSourceLines(styled.lines);
  if (!lines.length) {
    const error =
      type === 'pdf'
        ? 'the PDF has no text layer (a scan or a picture of a resume); export it from the original document, or run it through OCR first'
        : 'the document has no text';
    return { result: { ok: false, error, warnings: [] }, sourceText: '' };
  }
  const r = recognizeResume(lines);
  r.warnings.unshift(...styled.notes.map((reason) => ({ lineNo: 0, line: '', reason })));
  return { result: r, sourceText: lines.map((l) => l.text).join('\n') };
}

/** Lines, and notes about what the reader saw but could not place as a line (a footer, pages past the cap). */
type StyledRead = { ok: true; lines: StyledLine[]; notes: string[] } | { ok: false; error: string };

async function readPdfLines(bytes: Uint8Array): Promise<StyledRead> {
  const r = await readPdfItems(bytes);
  if (!r.ok) return r;
  const { pages, notes } = stripPageFurniture(r.pages);
  if (r.pageCount > MAX_PDF_PAGES)
    notes.push(`the PDF has ${r.pageCount} pages; only the first ${MAX_PDF_PAGES} were read`);
  return { ok: true, lines: pdfPagesToLines(pages), notes };
}
