import { z } from 'zod';
import { classifyHeading } from './classify-heading';
import { runsText, type StyledLine, type StyledRun } from './styled-lines';

/** One text item of a PDF page as pdfjs reports it, in PDF points with y growing upwards. */
export const PdfItem = z.object({
  text: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  size: z.number(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** The target of a link annotation drawn over this text. */
  href: z.string().optional(),
});
export type PdfItem = z.infer<typeof PdfItem>;

export const PdfPage = z.object({ width: z.number(), height: z.number(), items: z.array(PdfItem) });
export type PdfPage = z.infer<typeof PdfPage>;

interface Row {
  items: PdfItem[];
  y: number;
  size: number;
  x0: number;
  x1: number;
}

/**
 * Bullet glyphs as items of their own, including the private-use code points Symbol and Wingdings bullets come out
 * as (U+F0B7, U+F0A7) and Word's second-level "o" (Courier New), which is a separate item before the text.
 */
const BULLET_ITEM = /^[•▪◦●○‣■□➢➤►▸◆◇❖✓✔∙⋅·⁃–—*\-\uf000-\uf0ffo]$/u;

/**
 * Positioned text -> styled lines: items on one baseline form a row, a wide gap splits off right-aligned text
 * (a date, a location), a larger font or a heading-sized bold row is a heading, a row starting with a bullet glyph
 * is a bullet and the indented rows under it are its wrapped continuation. Two-column pages are read column by column.
 */
export function pdfPagesToLines(pages: PdfPage[]): StyledLine[] {
  const blocks = pages.flatMap((p) => {
    const ink = p.items.filter((i) => i.text.trim());
    // Margins are usually symmetric: the right margin mirrors the left, even where no line reaches it.
    const pageEdge = p.width - Math.min(...ink.map((i) => i.x));
    return columns(p).map((c) => ({ rows: toRows(c.items), edge: c.inner ? null : pageEdge }));
  });
  const body = bodySize(blocks.flatMap((b) => b.rows));
  const headingSizes = headingTier(
    blocks.flatMap((b) => b.rows),
    body,
  );
  // Browsers draw list bullets as shapes, not text: with no bullet glyph anywhere, an indented line is a bullet.
  const glyphs = blocks.some((b) =>
    b.rows.some((r) => {
      const first = r.items.find((i) => i.text.trim())?.text ?? '';
      return BULLET_ITEM.test(first.trim()) || MERGED_GLYPH.test(first);
    }),
  );
  const out: StyledLine[] = [];
  let lineNo = 0;
  let seenHeading = false;
  for (const { rows, edge: outer } of blocks) {
    const edge = Math.max(outer ?? 0, ...rows.map((r) => r.x1));
    const baseX = commonX(rows);
    const pitch = linePitch(rows);
    let prev: { row: Row; line: StyledLine; textX: number; estimated: boolean } | null = null;
    for (const row of rows) {
      lineNo++;
      const segs = segments(row);
      const first = segs[0] ?? [];
      const glyphItem = first.length > 0 && BULLET_ITEM.test(first[0]?.text.trim() ?? '');
      // pdflatex often sets "• Planned and ran" as one item: the glyph is split off, the text's x estimated.
      const merged = glyphItem ? null : MERGED_GLYPH.exec(first[0]?.text ?? '');
      const isBullet = glyphItem || !!merged;
      const left = glyphItem
        ? first.slice(1)
        : merged && first[0]
          ? [splitGlyph(first[0], merged), ...first.slice(1)]
          : first;
      // The last segment is the right-margin text; middle ones (a table's middle cell) stay on the line.
      const last = segs.length > 1 ? segs[segs.length - 1] : undefined;
      const right = last ? textOf(last) : undefined;
      const runs = toRuns(left);
      for (const mid of segs.slice(1, -1)) runs.push({ text: ' | ' }, ...toRuns(mid));
      const gap: number = prev ? prev.row.y - row.y : Infinity;
      // A wrapped line: no glyph, starts at the text edge of the line above, one line-height below it.
      if (prev && !isBullet && !right && !prev.line.right && prev.line.role !== 'heading' && gap < row.size * 1.6) {
        // Without glyphs, a list item that follows a full line looks like its wrap; but lists space their items a
        // little apart, and a wrapped line sits at the text's own line pitch.
        const atPitch = !(pitch.get(round(row.size)) !== undefined && gap > (pitch.get(round(row.size)) ?? 0) + 0.4);
        const continuesBullet =
          prev.line.role === 'bullet' &&
          Math.abs(row.x0 - prev.textX) < (prev.estimated ? row.size : 2) &&
          (glyphs || (wouldNotFit(prev.row, row, edge) && atPitch));
        const continuesText =
          prev.line.role !== 'bullet' &&
          Math.abs(row.x0 - prev.textX) < 2 &&
          wouldNotFit(prev.row, row, edge) &&
          Math.abs(row.size - prev.row.size) < 0.3 &&
          !looksLikeStart(runs);
        // One hyperlink drawn over the end of a row and the start of the next is one piece of text that wrapped.
        const lastHref = prev.line.runs.filter((r) => r.text.trim()).at(-1)?.href;
        const continuesLink = !!lastHref && runs.find((r) => r.text.trim())?.href === lastHref;
        if (continuesBullet || continuesText || continuesLink) {
          // "first-" + "principles": a line broken after a hyphen joins without a space.
          const tail = prev.line.runs.map((r) => r.text).join('');
          const joiner =
            /\p{L}-$/u.test(tail) &&
            /^\p{L}/u.test(
              runs
                .map((r) => r.text)
                .join('')
                .trimStart(),
            )
              ? ''
              : ' ';
          prev.line.runs.push(...(joiner ? [{ text: joiner }] : []), ...runs);
          prev.row = row;
          continue;
        }
      }
      const heading = !isBullet && !right && isHeadingRow(row, runs, body, gap, headingSizes);
      const indented = !glyphs && seenHeading && !heading && !right && row.x0 >= baseX + 6 && row.x0 <= baseX + 60;
      seenHeading ||= heading && out.length > 0;
      const line: StyledLine = {
        runs,
        lineNo,
        ...(isBullet || indented ? { role: 'bullet' as const } : heading ? { role: 'heading' as const } : {}),
        ...(right ? { right } : {}),
      };
      out.push(line);
      prev = { row, line, textX: left.find((i) => i.text.trim())?.x ?? row.x0, estimated: !!merged };
    }
  }
  return out;
}

const MERGED_GLYPH = /^(\s*[•▪◦●○‣■□➢➤►▸◆◇❖✓✔∙⋅·⁃]\s+)(\S[\s\S]*)$/u;

function splitGlyph(item: PdfItem, m: RegExpExecArray): PdfItem {
  const lead = m[1]?.length ?? 0;
  const perChar = item.width / Math.max(1, item.text.length);
  return { ...item, text: m[2] ?? '', x: item.x + lead * perChar, width: item.width - lead * perChar };
}

/** Per font size, the smallest distance between two rows of it: the pitch of a paragraph's wrapped lines. */
function linePitch(rows: Row[]): Map<number, number> {
  const out = new Map<number, number>();
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    if (!next || round(next.size) !== round(r.size)) return;
    const gap = r.y - next.y;
    const key = round(r.size);
    if (gap > r.size * 0.8 && gap < (out.get(key) ?? Infinity)) out.set(key, gap);
  });
  return out;
}

/** The x most rows start at: the column's left edge, against which an indent is measured. */
function commonX(rows: Row[]): number {
  const count = new Map<number, number>();
  for (const r of rows) count.set(Math.round(r.x0), (count.get(Math.round(r.x0)) ?? 0) + 1);
  let best = rows[0]?.x0 ?? 0;
  let n = 0;
  for (const [x, c] of count) if (c > n || (c === n && x < best)) [best, n] = [x, c];
  return best;
}

/** The most common font size, weighted by text length: the body text every heading is compared with. */
function bodySize(rows: Row[]): number {
  const weight = new Map<number, number>();
  for (const r of rows)
    for (const it of r.items) weight.set(round(it.size), (weight.get(round(it.size)) ?? 0) + it.text.length);
  let best = 10;
  let bestW = -1;
  for (const [s, w] of weight) if (w > bestW) [best, bestW] = [s, w];
  return best;
}

/**
 * The font size of section headings. Lines larger than the body come in tiers (the name, headings, sometimes job
 * titles): the tier whose lines read most like section names ("Experience", "Skills") is the headings' tier.
 */
function headingTier(rows: Row[], body: number): Set<number> {
  const tiers = new Map<number, Row[]>();
  for (const r of rows.slice(1))
    if (r.size >= body * 1.12) tiers.set(round(r.size), [...(tiers.get(round(r.size)) ?? []), r]);
  if (tiers.size <= 1) return new Set(tiers.keys());
  const score = (rs: Row[]) =>
    rs.filter(
      (r) =>
        classifyHeading(
          r.items
            .map((i) => i.text)
            .join('')
            .trim(),
        ) !== 'custom',
    ).length / rs.length;
  const ranked = [...tiers].sort((a, b) => score(b[1]) - score(a[1]) || b[0] - a[0]);
  const best = ranked[0];
  // A lone larger line (the name when it is not first) is not a tier of its own.
  return new Set(best ? [best[0], ...ranked.filter(([, rs]) => rs.length === 1 && score(rs) > 0).map(([s]) => s)] : []);
}

function isHeadingRow(row: Row, runs: StyledRun[], body: number, gapAbove: number, headingSizes: Set<number>): boolean {
  const text = runs
    .map((r) => r.text)
    .join('')
    .trim();
  if (!text || text.length > 60 || /[.!?,;]$/.test(text)) return false;
  const allBold = runs.every((r) => r.bold || !r.text.trim());
  // A heading-sized line: clearly bigger than the body and than entry titles (which templates set ~5% larger).
  if (row.size >= body * 1.12) return headingSizes.has(round(row.size)) || !looksLikeEntryTier(row, headingSizes);
  // Body-sized but bold throughout, alone on its line, with room above it: how many word processors style headings.
  return allBold && gapAbove > row.size * 2 && text === text.toUpperCase() && /[A-Z]{3}/.test(text);
}

/** A line larger than the body but smaller than the headings is an entry title. */
function looksLikeEntryTier(row: Row, headingSizes: Set<number>): boolean {
  return [...headingSizes].some((s) => s > row.size);
}

/** A line wrapped when the next line's first word would not have fitted after it: how every layout engine breaks. */
function wouldNotFit(prev: Row, next: Row, edge: number): boolean {
  const first = next.items.find((i) => i.text.trim());
  if (!first) return false;
  const word = first.text.trim().split(/\s+/)[0] ?? '';
  const wordWidth = (first.width * word.length) / Math.max(1, first.text.length);
  return prev.x1 + next.size * 0.25 + wordWidth > edge - 0.5;
}

/** A line that opens with a bold label ending in a colon ("**Tools:** dbt, Airflow") starts anew, even after a full line. */
function looksLikeStart(runs: StyledRun[]): boolean {
  const first = runs.find((r) => r.text.trim());
  return (
    !!first?.bold &&
    runs.some((r) => !r.bold && r.text.trim()) &&
    /:\s*$/.test(
      runs
        .filter((r) => r.bold)
        .map((r) => r.text)
        .join(''),
    )
  );
}

/** Items -> rows by baseline, top to bottom, each row left to right. */
function toRows(items: PdfItem[]): Row[] {
  const sorted = items.filter((i) => i.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const row = rows.find((r) => Math.abs(r.y - it.y) < Math.max(2, it.size * 0.3));
    if (row) row.items.push(it);
    else rows.push({ items: [it], y: it.y, size: 0, x0: 0, x1: 0 });
  }
  for (const r of rows) {
    r.items.sort((a, b) => a.x - b.x);
    const ink = r.items.filter((i) => i.text.trim());
    r.size = Math.max(...ink.map((i) => i.size), 0);
    r.x0 = Math.min(...ink.map((i) => i.x));
    r.x1 = Math.max(...ink.map((i) => i.x + i.width));
  }
  return rows.filter((r) => r.items.some((i) => i.text.trim())).sort((a, b) => b.y - a.y);
}

/** Splits a row where the gap between two inked items is wider than a few spaces: that is a column or a tab stop. */
function segments(row: Row): PdfItem[][] {
  const segs: PdfItem[][] = [];
  let end = -Infinity;
  for (const it of row.items) {
    if (!it.text.trim()) {
      segs[segs.length - 1]?.push(it);
      continue;
    }
    if (!segs.length || it.x - end > Math.max(it.size * 2.2, 18)) segs.push([]);
    segs[segs.length - 1]?.push(it);
    end = it.x + it.width;
  }
  return segs;
}

/** Runs with a space wherever two items are apart and neither already supplied one. */
function toRuns(items: PdfItem[]): StyledRun[] {
  const runs: StyledRun[] = [];
  let end: number | null = null;
  let lastText = '';
  for (const it of items) {
    if (end !== null && it.x - end > it.size * 0.15 && !/\s$/.test(lastText) && !/^\s/.test(it.text))
      runs.push({ text: ' ' });
    runs.push({
      text: it.text,
      ...(it.bold ? { bold: true } : {}),
      ...(it.italic ? { italic: true } : {}),
      ...(it.href ? { href: it.href } : {}),
    });
    end = it.x + it.width;
    lastText = it.text;
  }
  return runs;
}

function textOf(items: PdfItem[]): string {
  return runsText(toRuns(items));
}

/**
 * A two-column page has an x no row crosses, with plenty of text on both sides. Rows that do cross it (a name
 * across the top) are read first, then the left column, then the right.
 */
function columns(page: PdfPage): { items: PdfItem[]; inner?: boolean }[] {
  const ink = page.items.filter((i) => i.text.trim());
  if (ink.length < 20) return [{ items: page.items }];
  const lo = page.width * 0.2;
  const hi = page.width * 0.8;
  const crossingAt = (x: number) => ink.filter((i) => i.x < x && i.x + i.width > x).length;
  const sides = (x: number) =>
    [ink.filter((i) => i.x + i.width <= x).length, ink.filter((i) => i.x >= x).length] as const;
  // The widest run of x positions that almost nothing crosses, with a real share of the text on each side.
  let best: { from: number; to: number } | null = null;
  let run: { from: number; to: number } | null = null;
  for (let x = lo; x <= hi; x += 2) {
    const [leftN, rightN] = sides(x);
    const open =
      crossingAt(x) <= Math.max(1, ink.length * 0.02) && leftN >= ink.length * 0.15 && rightN >= ink.length * 0.15;
    if (open) run = run ? { from: run.from, to: x } : { from: x, to: x };
    else run = null;
    if (run && (!best || run.to - run.from > best.to - best.from)) best = { ...run };
  }
  if (!best || best.to - best.from < 10) return [{ items: page.items }];
  const x = best.to;
  // Right-aligned dates leave an empty strip too; a gutter has the right column's lines starting just past it.
  const rightStarts = new Set(ink.filter((i) => i.x >= x && i.x < x + 24).map((i) => round(i.y)));
  if (rightStarts.size < 8) return [{ items: page.items }];
  const crossingYs = ink.filter((i) => i.x < x && i.x + i.width > x).map((i) => i.y);
  const topOfColumns = Math.max(...ink.filter((i) => i.x + i.width <= x || i.x >= x).map((i) => i.y));
  const spanning = page.items.filter((i) => i.y > topOfColumns + 0.5 || crossingYs.some((y) => Math.abs(y - i.y) < 1));
  const rest = page.items.filter((i) => !spanning.includes(i));
  // The left column ends at the gutter, not at the page's margin.
  return [
    { items: spanning },
    { items: rest.filter((i) => i.x < x), inner: true },
    { items: rest.filter((i) => i.x >= x) },
  ].filter((c) => c.items.length);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
