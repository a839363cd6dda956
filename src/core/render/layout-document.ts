import { breakLines, type BrokenLine, type InlinePiece, type LineSegment } from './break-lines';
import type { DocEntry, DocParagraph, DocRun, ResumeDocument } from './document-model';
import { headingText, rowParts, toTwip } from './effective-template';
import { styleOf, type FontSet } from './font-metrics';
import { pageBox, type Template } from './template-schema';

/** A piece of text at its place on a page: x from the page's left edge, y of the baseline from the page's top. */
export interface PlacedText extends LineSegment {
  y: number;
}
export interface PlacedRule {
  x1: number;
  x2: number;
  y: number;
  weight: number;
  color: string;
}
/** A link's clickable area, from the top-left, in points. */
export interface PlacedLink {
  x: number;
  y: number;
  width: number;
  height: number;
  url: string;
}
export interface LaidOutPage {
  texts: PlacedText[];
  rules: PlacedRule[];
  links: PlacedLink[];
}
export interface DocumentLayout {
  pages: LaidOutPage[];
  /** Index of the first box on each page (what the break-rule tests look at). */
  pageStarts: number[];
  /** Height the content would need on the last page, to say how far over a page target it runs. */
  lastPageUsed: number;
  contentHeight: number;
}

type SpacingKey =
  | 'afterName'
  | 'afterHeader'
  | 'beforeHeading'
  | 'afterHeading'
  | 'betweenEntries'
  | 'afterEntryLines'
  | 'betweenBullets';

/**
 * A vertical slice that is placed whole; keepWithNext ties it to the next one (headings, entry title lines).
 * Spacing is kept as the template's names, not points: fitting a page tries many spacings for one font size, and
 * only the cheap pagination has to run again for each.
 */
export interface Box {
  height: number;
  /** Lines of text in the box: an entry must keep two of them on each side of a page break. */
  lines: number;
  /** What the box is part of, for the break rules and their tests. */
  part: 'header' | 'heading' | 'entry' | 'paragraph';
  /** The entry's id, for an entry's boxes. */
  entry?: string;
  before: SpacingKey | null;
  after: SpacingKey | null;
  keepWithNext: boolean;
  texts: PlacedText[];
  rules: PlacedRule[];
  /** The contact line's box: the items that start a new line (the DOCX breaks its paragraph there too). */
  contactBreaks?: number[];
}

const GAP_BEFORE_RIGHT = 12;

/** Breaks every line and stacks them into boxes: everything that depends on font sizes, nothing on spacing. */
export function measureDocument(doc: ResumeDocument, t: Template, fonts: FontSet): Box[] {
  const page = pageBox(t);
  const left = t.page.margins.left;
  const width = page.contentWidth;
  const c = t.colors;

  // Exact line heights in twips, as the DOCX writes them: over a page, unrounded heights drift from LibreOffice's.
  const lineHeight = (size: number) => toTwip(size * t.lineHeight);
  // Baseline inside a line box: the font's ascent/descent centred in the line height.
  const baseline = (size: number) => {
    const m = fonts.regular;
    const asc = (m.ascent / m.unitsPerEm) * size;
    const desc = (-m.descent / m.unitsPerEm) * size;
    return (lineHeight(size) - asc - desc) / 2 + asc;
  };

  const pieces = (runs: readonly DocRun[], size: number, color: string): InlinePiece[] =>
    runs.map((r) => ({ text: r.text, style: styleOf(r), size, color: r.url ? c.link : color, url: r.url }));

  const place = (
    lines: BrokenLine[],
    size: number,
    x0: number | ((l: BrokenLine) => number),
    top = 0,
  ): PlacedText[] => {
    const out: PlacedText[] = [];
    lines.forEach((l, i) => {
      const x = typeof x0 === 'number' ? x0 : x0(l);
      for (const s of l.segments) out.push({ ...s, x: x + s.x, y: top + i * lineHeight(size) + baseline(size) });
    });
    return out;
  };

  const boxes: Box[] = [];
  let part: Box['part'] = 'header';
  const push = (
    b: Omit<Box, 'rules' | 'after' | 'lines' | 'part'> & { rules?: PlacedRule[]; after?: SpacingKey | null },
  ) => boxes.push({ rules: [], after: null, lines: Math.max(1, new Set(b.texts.map((x) => x.y)).size), part, ...b });

  // Header: name, headline, contact line (wrapping at the separators when it is long).
  const h = doc.header;
  const align = (l: BrokenLine) => (t.header.align === 'center' ? left + (width - l.width) / 2 : left);
  const nameLines = breakLines(
    [{ text: h.name, style: 'bold', size: t.sizes.name, color: c.name }],
    fonts,
    () => width,
  );
  push({
    height: nameLines.length * lineHeight(t.sizes.name),
    before: null,
    keepWithNext: true,
    texts: place(nameLines, t.sizes.name, align),
  });
  const subLines: { lines: BrokenLine[]; size: number }[] = [];
  if (h.headline)
    subLines.push({
      lines: breakLines(
        [{ text: h.headline, style: 'regular', size: t.sizes.headline, color: c.muted }],
        fonts,
        () => width,
      ),
      size: t.sizes.headline,
    });
  let contactBreaks: number[] | undefined;
  if (h.contact.length) {
    const contact = contactLines(h.contact);
    contactBreaks = contact.breaks;
    subLines.push({ lines: contact.lines, size: t.sizes.contact });
  }
  subLines.forEach((s, i) =>
    push({
      height: s.lines.length * lineHeight(s.size),
      before: i === 0 ? 'afterName' : null,
      keepWithNext: i < subLines.length - 1,
      texts: place(s.lines, s.size, align),
      ...(i === subLines.length - 1 && contactBreaks ? { contactBreaks } : {}),
    }),
  );

  /**
   * The contact line wraps only between its items, never inside one: a phone number or an address split over two
   * lines is one a text-based ATS no longer reads. An item wider than the page on its own still wraps inside.
   */
  function contactLines(items: readonly DocRun[]): { lines: BrokenLine[]; breaks: number[] } {
    const size = t.sizes.contact;
    const sep: DocRun = { text: ` ${t.header.separator} ` };
    const w = (r: DocRun) => breakLines(pieces([r], size, c.text), fonts, () => Infinity)[0]?.width ?? 0;
    const sepWidth = w(sep);
    const groups: DocRun[][] = [];
    const breaks: number[] = [];
    let used = 0;
    items.forEach((r, i) => {
      const rw = w(r);
      if (groups.length && used + sepWidth + rw <= width + 0.01) {
        groups[groups.length - 1]!.push(sep, r);
        used += sepWidth + rw;
      } else {
        if (groups.length) breaks.push(i);
        groups.push([r]);
        used = rw;
      }
    });
    return { lines: groups.flatMap((g) => breakLines(pieces(g, size, c.text), fonts, () => width)), breaks };
  }

  doc.sections.forEach((section, si) => {
    boxes.push(headingBox(headingText(t, section.heading), si === 0 ? 'afterHeader' : 'beforeHeading'));
    section.blocks.forEach((block, bi) => {
      part = block.type === 'entry' ? 'entry' : 'paragraph';
      if (block.type === 'entry') entryBoxes(block, bi === 0);
      else paragraphBox(block, bi === 0);
    });
  });

  function headingBox(text: string, before: SpacingKey): Box {
    const size = t.sizes.heading;
    const style = t.heading.bold ? 'bold' : 'regular';
    const ls = t.heading.letterSpacing;
    // Small caps come from the font (smcp); a font without them gets capitals at full size, never smaller capitals
    // mixed with larger ones: extractors split words where the size changes ("E XPERIENCE").
    const sc = t.heading.case === 'small-caps';
    const hp: InlinePiece[] = [
      sc && fonts[style].hasSmallCaps
        ? { text, style, size, color: c.heading, letterSpacing: ls, smallCaps: true }
        : { text: sc ? text.toUpperCase() : text, style, size, color: c.heading, letterSpacing: ls },
    ];
    const lines = breakLines(hp, fonts, () => width);
    const textHeight = lines.length * lineHeight(size);
    const rules: PlacedRule[] = [];
    let height = textHeight;
    if (t.heading.rule) {
      rules.push({ x1: left, x2: left + width, y: textHeight + 1, weight: t.heading.ruleWeight, color: c.rule });
      height += 1 + t.heading.ruleWeight;
    }
    return {
      height,
      lines: lines.length,
      part: 'heading',
      before,
      after: 'afterHeading',
      keepWithNext: true,
      texts: place(lines, size, left),
      rules,
    };
  }

  function entryBoxes(e: DocEntry, first: boolean): void {
    const start = boxes.length;
    const hasBody = e.bullets.length > 0 || e.description !== undefined;
    e.rows.forEach((row, ri) => {
      const size = row.role === 'title' ? t.sizes.entryTitle : row.role === 'subtitle' ? t.sizes.body : t.sizes.meta;
      const color = row.role === 'meta' ? c.muted : c.text;
      const { left: l, right: r } = rowParts(t, row);
      const rightLine = r.length ? breakLines(pieces(r, size, color), fonts, () => Infinity)[0] : undefined;
      const rightW = rightLine?.width ?? 0;
      const lines = l.length
        ? breakLines(pieces(l, size, color), fonts, (i) =>
            i === 0 && rightW ? width - rightW - GAP_BEFORE_RIGHT : width,
          )
        : [];
      const texts = place(lines, size, left);
      if (rightLine) texts.push(...place([rightLine], size, left + width - rightW));
      const last = ri === e.rows.length - 1;
      push({
        height: Math.max(1, lines.length) * lineHeight(size),
        after: last && hasBody ? 'afterEntryLines' : null,
        before: ri === 0 && !first ? 'betweenEntries' : null,
        keepWithNext: !last || hasBody,
        texts,
      });
    });
    if (e.description) {
      const size = t.sizes.body;
      const italic = t.descriptionStyle === 'italic';
      const runs = italic ? e.description.map((r) => ({ ...r, italic: true })) : e.description;
      const lines = breakLines(pieces(runs, size, c.text), fonts, () => width);
      push({
        height: lines.length * lineHeight(size),
        before: e.rows.length === 0 && !first ? 'betweenEntries' : null,
        after: e.bullets.length ? 'afterEntryLines' : null,
        keepWithNext: false,
        texts: place(lines, size, left),
      });
    }
    e.bullets.forEach((b, i) => {
      const size = t.sizes.body;
      const indent = t.spacing.bulletIndent;
      const lines = breakLines(pieces(b.runs, size, c.text), fonts, () => width - indent);
      const texts = place(lines, size, left + indent);
      texts.push(
        ...place(
          breakLines([{ text: t.bullet.char, style: 'regular', size, color: c.text }], fonts, () => Infinity),
          size,
          left + t.spacing.bulletHang,
        ),
      );
      const before: SpacingKey | null =
        i > 0 ? 'betweenBullets' : e.rows.length === 0 && !e.description && !first ? 'betweenEntries' : null;
      push({ height: lines.length * lineHeight(size), before, keepWithNext: false, texts });
    });
    for (let k = start; k < boxes.length; k++) boxes[k]!.entry = e.id;
    keepTwoLines(boxes, start, boxes.length);
  }

  function paragraphBox(p: DocParagraph, first: boolean): void {
    const size = t.sizes.body;
    const lines = breakLines(pieces(p.runs, size, c.text), fonts, () => width);
    push({
      height: lines.length * lineHeight(size),
      before: first ? null : 'betweenBullets',
      keepWithNext: false,
      texts: place(lines, size, left),
    });
  }

  return boxes;
}

/**
 * An entry's boxes [from, to) are tied so that a page break inside the entry leaves at least two of its lines on
 * either side: a lone bullet line at a page top (or a title line alone at a foot) reads as a mistake. The DOCX
 * writer ties the same paragraphs with keep-with-next, so Word and LibreOffice break where we do.
 */
export function keepTwoLines(boxes: Box[], from: number, to: number): void {
  let head = 0;
  for (let i = from; i < to - 1 && head + boxes[i]!.lines < 2; i++) {
    head += boxes[i]!.lines;
    boxes[i]!.keepWithNext = true;
  }
  let tail = 0;
  for (let i = to - 1; i > from && tail + boxes[i]!.lines < 2; i--) {
    tail += boxes[i]!.lines;
    boxes[i - 1]!.keepWithNext = true;
  }
}

/** Places boxes on pages with the template's spacing, never leaving a heading or an entry title at a page foot. */
export function paginate(boxes: readonly Box[], t: Template, placeText = true): DocumentLayout {
  const sp = t.spacing;
  const before = (b: Box) => (b.before ? sp[b.before] : 0);
  const height = (b: Box) => b.height + (b.after ? sp[b.after] : 0);
  const { contentHeight } = pageBox(t);
  const top = t.page.margins.top;
  const pages: LaidOutPage[] = [{ texts: [], rules: [], links: [] }];
  const pageStarts = [0];
  let y = 0;
  let i = 0;
  while (i < boxes.length) {
    // The run of boxes tied together by keepWithNext must fit below y, or it starts a new page.
    let groupHeight = 0;
    for (let j = i; j < boxes.length; j++) {
      const b = boxes[j]!;
      groupHeight += (j === i && y === 0 ? 0 : before(b)) + height(b);
      if (!b.keepWithNext) break;
    }
    if (y > 0 && y + groupHeight > contentHeight + 0.01) {
      pages.push({ texts: [], rules: [], links: [] });
      pageStarts.push(i);
      y = 0;
      continue;
    }
    const b = boxes[i]!;
    if (y > 0) y += before(b);
    const pg = pages[pages.length - 1]!;
    // Page fitting only counts pages; placing every run is left to the one layout that is drawn.
    if (placeText)
      for (const tx of b.texts) {
        const placed = { ...tx, y: tx.y + top + y };
        pg.texts.push(placed);
        if (tx.url)
          pg.links.push({
            x: tx.x,
            y: placed.y - tx.size * 0.95,
            width: tx.width,
            height: tx.size * 1.25,
            url: tx.url,
          });
      }
    if (placeText) for (const r of b.rules) pg.rules.push({ ...r, y: r.y + top + y });
    y += height(b);
    i++;
  }
  return { pages, pageStarts, lastPageUsed: y, contentHeight };
}
