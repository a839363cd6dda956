import type { RichText, TextRun } from './schema';

export function plainText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/**
 * Parses the inline Markdown a resume uses: **bold**, *italic* and ***both***.
 * An unmatched marker is kept as a literal character rather than guessed at.
 */
export function parseInlineMarkdown(source: string): RichText {
  const runs: TextRun[] = [];
  const re = /\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) push(runs, { text: source.slice(last, at) });
    if (m[1] !== undefined) push(runs, { text: m[1], bold: true, italic: true });
    else if (m[2] !== undefined) push(runs, { text: m[2], bold: true });
    else if (m[3] !== undefined) push(runs, { text: m[3], italic: true });
    last = at + m[0].length;
  }
  if (last < source.length) push(runs, { text: source.slice(last) });
  return (runs.length ? runs : [{ text: source }]) as RichText;
}

/** The inverse of parseInlineMarkdown, for text export and the Markdown importer's round trip. */
export function toInlineMarkdown(runs: readonly TextRun[]): string {
  return runs
    .map((r) => (r.bold && r.italic ? `***${r.text}***` : r.bold ? `**${r.text}**` : r.italic ? `*${r.text}*` : r.text))
    .join('');
}

/** Merges neighbours with the same style so equal texts compare equal whatever their history. */
export function normalizeRuns(runs: readonly TextRun[]): RichText {
  const out: TextRun[] = [];
  for (const r of runs) push(out, r);
  return out as RichText;
}

function push(runs: TextRun[], run: TextRun): void {
  if (!run.text) return;
  const clean: TextRun = { text: run.text };
  if (run.bold) clean.bold = true;
  if (run.italic) clean.italic = true;
  const prev = runs[runs.length - 1];
  if (prev && !!prev.bold === !!clean.bold && !!prev.italic === !!clean.italic) prev.text += clean.text;
  else runs.push(clean);
}
