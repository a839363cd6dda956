import type { Resume } from '../resume/schema';
import { applyRenderTailoring } from './apply-tailoring';
import { buildDocument } from './build-document';
import type { ResumeDocument } from './document-model';
import { writeDocx } from './docx-writer';
import { fitToPages, type FitReport, type FittedLayout } from './fit-pages';
import { fontSet } from './font-metrics';
import { missingCharacters, type MissingCharacter } from './glyph-fallback';
import { notShownFields, type NotShown } from './not-shown';
import { writePdf } from './pdf-writer';
import type { RenderMeta, RenderTailoring } from './render-input';
import type { FontBytes, Template } from './template-schema';

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
  /** Pages of our own layout: the PDF's page count, and the DOCX's as LibreOffice lays it out. */
  pageCount: number;
  fit: FitReport;
  document: ResumeDocument;
  /** Fields of the tailored resume that the document does not print (nothing is dropped silently). */
  notShown: NotShown[];
}

export interface PreparedRender extends FittedLayout {
  document: ResumeDocument;
  notShown: NotShown[];
}

/**
 * Tailor, build the document and lay it out (fitted). Cheap: what a live preview calls for its page count. The PDF
 * and the DOCX share this one fit: the DOCX is written with our line heights, spacing and keep rules, so Word and
 * LibreOffice break its pages where this layout does (tests/core/render/page-fit-honesty.test.ts holds it to that).
 */
export function prepareRender(req: RenderRequest): PreparedRender {
  const tailored = applyRenderTailoring(req.resume, req.tailoring);
  const document = buildDocument(tailored, req.meta, { linkText: req.template.linkText });
  return {
    document,
    notShown: notShownFields(tailored),
    ...fitToPages(document, req.template, fontSet(req.fonts), req.pages),
  };
}

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
    notShown: p.notShown,
    missingCharacters: missingCharacters(p.document, fontSet(req.fonts)),
  };
}

export async function renderDocx(req: RenderRequest & { embedFonts?: boolean; createdAt?: Date }): Promise<Rendered> {
  const p = prepareRender(req);
  const bytes = await writeDocx(p.document, p.template, {
    keepWithNext: p.boxes.map((b) => b.keepWithNext),
    contactBreaks: p.boxes.find((b) => b.contactBreaks)?.contactBreaks ?? [],
    ...(req.embedFonts ? { embedFonts: req.fonts } : {}),
    ...(req.createdAt ? { createdAt: req.createdAt } : {}),
  });
  return {
    bytes,
    pageCount: p.layout.pages.length,
    fit: p.fit,
    document: p.document,
    notShown: p.notShown,
    missingCharacters: [],
  };
}
