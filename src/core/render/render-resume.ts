import type { Resume } from '../resume/schema';
import { applyRenderTailoring } from './apply-tailoring';
import { buildDocument } from './build-document';
import type { ResumeDocument } from './document-model';
import { writeDocx } from './docx-writer';
import { fitToPages, type FitReport, type FittedLayout } from './fit-pages';
import { fontSet } from './font-metrics';
import { missingCharacters, type MissingCharacter } from './glyph-fallback';
import { writePdf } from './pdf-writer';
import type { RenderMeta, RenderTailoring } from './render-input';
import { pageBox, type FontBytes, type Template } from './template-schema';

export interface RenderRequest {
  resume: Resume;
  tailoring?: RenderTailoring;
  template: Template;
  fonts: FontBytes;
  /** Fit to this many pages, within the template's bounds. */
  pages?: number;
  meta?: RenderMeta;
}

export interface Rendered {
  bytes: Uint8Array;
  /** Characters the template's font cannot draw, and what the PDF shows instead (the DOCX keeps them). */
  missingCharacters: MissingCharacter[];
  /** Pages of our own layout: exactly the PDF's page count; for the DOCX, what Word will show give or take. */
  pageCount: number;
  fit: FitReport;
  document: ResumeDocument;
}

export interface PreparedRender extends FittedLayout {
  document: ResumeDocument;
}

/** Tailor, build the document and lay it out (fitted). Cheap: what a live preview calls for its page count. */
export function prepareRender(req: RenderRequest, slack = 0): PreparedRender {
  const document = buildDocument(applyRenderTailoring(req.resume, req.tailoring), req.meta);
  if (!slack || !req.pages) return { document, ...fitToPages(document, req.template, fontSet(req.fonts), req.pages) };
  // Fit against a page `slack` shorter, then write with the real margins.
  const m = req.template.page.margins;
  const tight = {
    ...req.template,
    page: { ...req.template.page, margins: { ...m, bottom: m.bottom + slack * pageBox(req.template).contentHeight } },
  };
  const fitted = fitToPages(document, tight, fontSet(req.fonts), req.pages);
  return { document, ...fitted, template: { ...fitted.template, page: req.template.page } };
}

/**
 * Word and LibreOffice break lines their own way (after hyphens, for one) and draw heading rules a little lower, so a
 * DOCX fitted to exactly our page can spill a line or two; fitting it to a page 4% shorter leaves them that room.
 */
const DOCX_FIT_SLACK = 0.04;

export async function renderPdf(req: RenderRequest & { subset?: boolean; createdAt?: Date }): Promise<Rendered> {
  const p = prepareRender(req);
  const bytes = await writePdf(p.document, p.layout, p.template, fontSet(req.fonts), req.fonts, {
    ...(req.subset !== undefined ? { subset: req.subset } : {}),
    ...(req.createdAt ? { createdAt: req.createdAt } : {}),
  });
  return {
    bytes,
    pageCount: p.layout.pages.length,
    fit: p.fit,
    document: p.document,
    missingCharacters: missingCharacters(p.document, fontSet(req.fonts)),
  };
}

export async function renderDocx(req: RenderRequest & { embedFonts?: boolean; createdAt?: Date }): Promise<Rendered> {
  const p = prepareRender(req, DOCX_FIT_SLACK);
  const bytes = await writeDocx(p.document, p.template, {
    ...(req.embedFonts ? { embedFonts: req.fonts } : {}),
    ...(req.createdAt ? { createdAt: req.createdAt } : {}),
  });
  return { bytes, pageCount: p.layout.pages.length, fit: p.fit, document: p.document, missingCharacters: [] };
}
