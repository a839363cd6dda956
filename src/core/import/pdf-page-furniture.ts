import type { PdfItem, PdfPage } from './pdf-layout';

/** How close to the top or bottom edge a line must be to count as a running header or footer. */
const MARGIN_SHARE = 0.1;
const PAGE_NUMBER = /^(page\s*)?#+(\s*(of|\/)\s*#+)?$/i;

/**
 * Running headers and footers repeat on every page ("Jane Doe - Page 2", a browser's date and URL); read as body
 * text they would land in the middle of a section, or above the name. A line repeated at the same place near the
 * top or bottom of two or more pages is page furniture: it is left out of the resume and reported, with its text,
 * once, so nothing goes without a word.
 */
export function stripPageFurniture(pages: PdfPage[]): { pages: PdfPage[]; notes: string[] } {
  if (pages.length < 2) return { pages, notes: [] };
  const keyed = pages.map((p) => edgeLines(p));
  const seen = new Map<string, number>();
  for (const lines of keyed)
    for (const key of new Set(lines.map((l) => l.key))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const notes: string[] = [];
  const reported = new Set<string>();
  const out = pages.map((p, pi) => {
    const drop = new Set<PdfItem>();
    for (const line of keyed[pi] ?? []) {
      if ((seen.get(line.key) ?? 0) < 2) continue;
      for (const it of line.items) drop.add(it);
      if (!reported.has(line.key)) {
        reported.add(line.key);
        notes.push(
          PAGE_NUMBER.test(line.masked)
            ? `page numbers were left out ("${line.text}")`
            : `left out a line repeated at the ${line.edge} of every page: ${line.text}`,
        );
      }
    }
    return drop.size ? { ...p, items: p.items.filter((i) => !drop.has(i)) } : p;
  });
  return { pages: out, notes };
}

interface EdgeLine {
  /** Edge, height and masked text: the same line on every page, whatever its page number. */
  key: string;
  masked: string;
  text: string;
  edge: 'top' | 'bottom';
  items: PdfItem[];
}

/** Lines near the top and bottom of a page, keyed by their text with digits masked (page 1 and page 2 match). */
function edgeLines(page: PdfPage): EdgeLine[] {
  const rows = new Map<number, PdfItem[]>();
  for (const it of page.items) {
    const nearTop = it.y > page.height * (1 - MARGIN_SHARE);
    const nearBottom = it.y < page.height * MARGIN_SHARE;
    if (!nearTop && !nearBottom) continue;
    const y = Math.round(it.y / 2) * 2;
    rows.set(y, [...(rows.get(y) ?? []), it]);
  }
  return [...rows]
    .map(([y, items]) => {
      items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const i of items) {
        text += (i.x - end > i.size * 0.15 ? ' ' : '') + i.text;
        end = i.x + i.width;
      }
      text = text.replace(/\s+/g, ' ').trim();
      const masked = text.replace(/\d+/g, '#').toLowerCase();
      const edge = y > page.height / 2 ? ('top' as const) : ('bottom' as const);
      return { key: `${edge}:${Math.round(y / 6)}:${masked}`, masked, text, edge, items, y };
    })
    .filter((l) => l.text && apart(page, l));
}

/**
 * Running headers and footers sit apart from the body; a line at a body line's distance from its neighbour (the
 * wrapped end of a bullet at the foot of the page) is body text, however often the same words recur.
 */
function apart(page: PdfPage, line: { items: PdfItem[]; y: number }): boolean {
  const size = Math.max(...line.items.map((i) => i.size));
  const own = new Set(line.items);
  const nearest = Math.min(
    ...page.items.filter((i) => !own.has(i) && i.text.trim()).map((i) => Math.abs(i.y - line.y)),
  );
  return !(nearest > 1 && nearest < size * 1.6);
}
