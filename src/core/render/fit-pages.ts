import type { ResumeDocument } from './document-model';
import { NO_SCALE, scaleTemplate, type FitScale } from './effective-template';
import type { FontSet } from './font-metrics';
import { measureDocument, paginate, type Box, type DocumentLayout } from './layout-document';
import { bodyFloor, type Template } from './template-schema';

export interface FitReport {
  /** The page target asked for, or null when none was. */
  target: number | null;
  fits: boolean;
  pageCount: number;
  scale: FitScale;
  /** Body text size used, in points. */
  bodySize: number;
  /** When it does not fit: about how many body lines too many, so the UI can suggest what to hide. */
  overflowLines: number;
  message: string;
}

export interface FittedLayout {
  template: Template;
  layout: DocumentLayout;
  /** The measured boxes, in document order: the DOCX writer ties its paragraphs as these are tied. */
  boxes: Box[];
  fit: FitReport;
}

/**
 * Fits a document to a page target: first tightens spacing, then shrinks every font size in proportion, each
 * within the template's bounds, and stops at the first setting that fits (so the result is as roomy as it can be).
 * Each try is a layout only, with cached word widths, so the whole search costs a few layouts.
 */
export function fitToPages(doc: ResumeDocument, base: Template, fonts: FontSet, target?: number): FittedLayout {
  // Boxes depend on the font size only; each spacing tried for that size just paginates them again.
  const measured = new Map<number, Box[]>();
  const attempt = (scale: FitScale) => {
    const template = scaleTemplate(base, scale);
    let boxes = measured.get(scale.font);
    if (!boxes) measured.set(scale.font, (boxes = measureDocument(doc, template, fonts)));
    return { template, layout: paginate(boxes, template, false), scale, boxes };
  };
  const first = attempt(NO_SCALE);
  if (!target || first.layout.pages.length <= target) return done(first, target ?? null, true);

  let last = first;
  const minSpacing = base.fit.minSpacingScale;
  for (let s = 0.9; s > minSpacing - 1e-9; s -= 0.1) {
    last = attempt({ spacing: s, font: 1 });
    if (last.layout.pages.length <= target) return done(last, target, true);
  }
  if (last.scale.spacing !== minSpacing) {
    last = attempt({ spacing: minSpacing, font: 1 });
    if (last.layout.pages.length <= target) return done(last, target, true);
  }
  const body = base.sizes.body;
  // Half-point steps: a DOCX states font sizes in half points, and both formats share this one fit.
  for (let size = body - 0.5; size >= bodyFloor(base) - 1e-9; size -= 0.5) {
    last = attempt({ spacing: minSpacing, font: size / body });
    if (last.layout.pages.length <= target) {
      // The smaller font may leave room to spare: give it back as spacing, loosest first.
      for (let sp = 1; sp > minSpacing + 1e-9; sp -= 0.05) {
        const roomier = attempt({ spacing: Math.round(sp * 100) / 100, font: size / body });
        if (roomier.layout.pages.length <= target) return done(roomier, target, true);
      }
      return done(last, target, true);
    }
  }
  return done(last, target, false);

  function done(
    attempted: { template: Template; scale: FitScale; boxes: Box[] },
    tgt: number | null,
    fits: boolean,
  ): FittedLayout {
    const a = { ...attempted, layout: paginate(attempted.boxes, attempted.template) };
    const pageCount = a.layout.pages.length;
    const bodySize = a.template.sizes.body;
    let overflowLines = 0;
    let message = `${pageCount} page${pageCount === 1 ? '' : 's'}`;
    if (tgt !== null && fits && (a.scale.spacing < 1 || a.scale.font < 1))
      message += `, fitted to ${tgt} by ${describe(a.scale, bodySize)}`;
    if (tgt !== null && !fits) {
      const overflow = (pageCount - tgt - 1) * a.layout.contentHeight + a.layout.lastPageUsed;
      overflowLines = Math.max(1, Math.ceil(overflow / (bodySize * a.template.lineHeight)));
      message =
        `does not fit on ${tgt} page${tgt === 1 ? '' : 's'}: at the tightest spacing (${pct(a.scale.spacing)}) and smallest ` +
        `font (${bodySize} pt body) the "${base.name}" template allows, it needs ${pageCount} pages, about ${overflowLines} ` +
        `line${overflowLines === 1 ? '' : 's'} too many; hide some bullets or entries`;
    }
    return {
      template: a.template,
      layout: a.layout,
      boxes: a.boxes,
      fit: { target: tgt, fits, pageCount, scale: a.scale, bodySize, overflowLines, message },
    };
  }
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

function describe(s: FitScale, body: number): string {
  const parts: string[] = [];
  if (s.spacing < 1) parts.push(`spacing at ${pct(s.spacing)}`);
  if (s.font < 1) parts.push(`body text at ${Math.round(body * 100) / 100} pt`);
  return parts.join(' and ');
}
