import mammoth from 'mammoth';
import type { StyledLine, StyledRun } from '../core/import/styled-lines';
import { runsText } from '../core/import/styled-lines';
import { readDocxPageMargins } from './import-docx-margins';

/**
 * DOCX bytes -> styled lines, read from mammoth's document model (not its HTML): that model keeps what a resume's
 * layout says and HTML loses: the tab before a right-aligned date, list numbering, bold and italic runs, table cells.
 * Lives in src/node because mammoth's entry point loads node:fs (it can also open files by path).
 */
export async function readDocxLines(
  bytes: Uint8Array,
): Promise<{ ok: true; lines: StyledLine[]; notes: string[] } | { ok: false; error: string }> {
  let root: DocElement | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // We read text: an image is never unpacked (a 1.5 MB file can hold a 1.5 GB picture).
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (doc: DocElement) => {
          root = doc;
          return doc;
        },
      },
    );
  } catch (e) {
    return { ok: false, error: `not a readable Word document (${docxReason(e)})` };
  }
  if (!root) return { ok: false, error: 'not a readable Word document' };
  const lines: StyledLine[] = [];
  // The page header often holds the name and contact line: it comes first. A footer is reported, not placed.
  const { headers, footers } = readDocxPageMargins(bytes);
  for (const text of headers) {
    const tab = text.lastIndexOf('\t');
    const right = tab > 0 ? text.slice(tab + 1).trim() : '';
    lines.push({
      runs: [{ text: (tab > 0 ? text.slice(0, tab) : text).replace(/\t/g, ' | ') }],
      lineNo: lines.length + 1,
      ...(right ? { right } : {}),
    });
  }
  walkBlocks((root as DocElement).children ?? [], lines);
  const notes = footers
    .filter((f) => !/^(page\s*)?\d+(\s*(of|\/)\s*\d+)?$/i.test(f.trim()))
    .map((f) => `the page footer was not imported: ${f.replace(/\t/g, ' | ')}`);
  return { ok: true, lines, notes };
}

/** The parts of mammoth's document model we read; see mammoth/lib/documents.js. */
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  isBold?: boolean;
  isItalic?: boolean;
  href?: string;
  breakType?: string;
}

function walkBlocks(blocks: DocElement[], out: StyledLine[]): void {
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(...paragraphLines(b, out.length + 1));
    else if (b.type === 'table') for (const row of b.children ?? []) tableRow(row, out);
    else if (b.children) walkBlocks(b.children, out);
  }
}

/**
 * A row of single-paragraph cells is one line ("Engineer | Acme" with the last cell, a date, at the right). A row
 * whose cells hold several paragraphs is a layout table (a two-column resume): read cell by cell, like columns.
 */
function tableRow(row: DocElement, out: StyledLine[]): void {
  const cells = (row.children ?? []).filter((c) => c.type === 'tableCell');
  const paras = cells.map((c) =>
    (c.children ?? []).filter((p) => p.type === 'paragraph' && runsText(collectRuns(p).flat()).length > 0),
  );
  if (cells.length > 1 && paras.every((p) => p.length <= 1)) {
    const lines = paras.flatMap((p) => p.flatMap((para) => paragraphLines(para, out.length + 1)));
    const [first, ...rest] = lines;
    if (!first) return;
    const last = rest.pop();
    const runs = [...first.runs];
    for (const l of rest) runs.push({ text: ' | ' }, ...l.runs);
    const right = [last ? runsText(last.runs) : undefined, first.right].filter(Boolean).join(' | ');
    out.push({
      runs,
      lineNo: out.length + 1,
      ...(first.role ? { role: first.role } : {}),
      ...(right ? { right } : {}),
    });
    return;
  }
  for (const cell of cells) walkBlocks(cell.children ?? [], out);
}

function paragraphLines(p: DocElement, firstLineNo: number): StyledLine[] {
  const style = p.styleName ?? '';
  // "Title" is the name at the top, not a section heading.
  const role: StyledLine['role'] = /^heading \d$/i.test(style)
    ? 'heading'
    : p.numbering || /list/i.test(style)
      ? 'bullet'
      : undefined;
  // A line break inside a paragraph starts a new visual line; a tab splits off the right-margin text.
  return collectRuns(p).map((segment, i) => {
    const tab = segment.findLastIndex((r) => r.text === '\t');
    const left = tab === -1 ? segment : segment.slice(0, tab).map((r) => (r.text === '\t' ? { text: ' | ' } : r));
    const right = tab === -1 ? '' : runsText(segment.slice(tab + 1));
    return {
      runs: left,
      lineNo: firstLineNo + i,
      ...(role && (i === 0 || role !== 'heading') ? { role } : {}),
      ...(right ? { right } : {}),
    };
  });
}

/** A paragraph's runs, split into visual lines at line breaks; tabs are kept as "\t" runs. */
function collectRuns(p: DocElement): StyledRun[][] {
  const lines: StyledRun[][] = [[]];
  const visit = (el: DocElement, style: { bold: boolean; italic: boolean; href?: string }) => {
    if (el.type === 'text' && el.value) {
      lines[lines.length - 1]?.push({
        text: el.value,
        ...(style.bold ? { bold: true } : {}),
        ...(style.italic ? { italic: true } : {}),
        ...(style.href ? { href: style.href } : {}),
      });
    } else if (el.type === 'tab') lines[lines.length - 1]?.push({ text: '\t' });
    else if (el.type === 'break' && el.breakType === 'line') lines.push([]);
    else if (el.type === 'run')
      for (const c of el.children ?? []) visit(c, { ...style, bold: !!el.isBold, italic: !!el.isItalic });
    else if (el.type === 'hyperlink')
      for (const c of el.children ?? []) visit(c, { ...style, ...(el.href ? { href: el.href } : {}) });
    else for (const c of el.children ?? []) visit(c, style);
  };
  visit(p, { bold: false, italic: false });
  return lines.filter((l) => l.some((r) => r.text.trim() && r.text !== '\t'));
}

function docxReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/end of central directory|zip/i.test(msg)) return 'the zip container is damaged';
  if (/main document part/i.test(msg)) return 'a zip file with no Word document inside';
  return msg.split('\n')[0]?.slice(0, 160) ?? 'unknown error';
}
