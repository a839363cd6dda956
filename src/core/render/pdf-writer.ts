import { PDFArray, PDFDocument, PDFName, PDFString, type PDFPage, type PDFRef } from 'pdf-lib';
import type { ResumeDocument } from './document-model';
import type { FontSet } from './font-metrics';
import { parseFont } from './font-cache';
import type { DocumentLayout, LaidOutPage, PlacedText } from './layout-document';
import { flateStream, PdfFont } from './pdf-font';
import { pageBox, type FontBytes, type FontStyle, type Template } from './template-schema';

export interface PdfWriteOptions {
  /** Subset the fonts (the default). Off embeds whole fonts: only for checking that subsetting loses nothing. */
  subset?: boolean;
  createdAt?: Date;
}

/**
 * Draws a laid-out document. Each run is one TJ with real space glyphs and kerning as adjustments, drawn in
 * reading order, so a text extractor (an ATS) gets the words, the spaces and the order right.
 * The page content is written as text operators directly: it is a few hundred lines of them, and building them as
 * pdf-lib operator objects cost more than the whole layout.
 */
export async function writePdf(
  doc: ResumeDocument,
  layout: DocumentLayout,
  t: Template,
  fonts: FontSet,
  bytes: FontBytes,
  opts: PdfWriteOptions = {},
): Promise<Uint8Array> {
  const subset = opts.subset ?? true;
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const ctx = pdf.context;

  const used = new Map<FontStyle, { font: PdfFont; ref: PDFRef; key: string }>();
  const fontOf = (style: FontStyle) => {
    let f = used.get(style);
    if (!f) {
      const fk = parseFont(bytes[style]);
      const ps = fk.postscriptName || `Tailor-${style}`;
      // A subset's name carries a six-letter tag so readers (and pdffonts) know it is a subset.
      const name = subset ? `${subsetTag(ps, layout)}+${ps}` : ps;
      f = { font: new PdfFont(fk, bytes[style], name, subset), ref: ctx.nextRef(), key: `F${used.size + 1}` };
      used.set(style, f);
    }
    return f;
  };

  const { width, height } = pageBox(t);
  const pages: { page: PDFPage; content: string; keys: Set<FontStyle> }[] = [];
  for (const lp of layout.pages) {
    const page = pdf.addPage([width, height]);
    const keys = new Set<FontStyle>();
    pages.push({ page, content: pageContent(lp, height, fonts, (s) => (keys.add(s), fontOf(s))), keys });
    addLinks(pdf, page, lp, height);
  }

  // Fonts are embedded after every page is encoded: only then is the subset complete.
  // All streams are deflated at once: the platform compresses off the main thread, so waiting for them one by one
  // would add up the round trips.
  const encoder = new TextEncoder();
  await Promise.all([
    ...[...used.values()].map(({ font, ref }) => font.embed(ctx, ref)),
    ...pages.map(async (p) => {
      for (const s of p.keys) {
        const f = used.get(s)!;
        p.page.node.setFontDictionary(PDFName.of(f.key), f.ref);
      }
      p.page.node.set(PDFName.of('Contents'), ctx.register(await flateStream(ctx, encoder.encode(p.content), {})));
    }),
  ]);

  const m = doc.meta;
  pdf.setTitle(m.title, { showInWindowTitleBar: true });
  pdf.setAuthor(m.author);
  pdf.setSubject(m.subject);
  // pdf-lib joins keywords with spaces, which would merge "Linux Namespaces" with its neighbours: use commas.
  if (m.keywords.length) pdf.setKeywords([m.keywords.join(', ')]);
  pdf.setCreator('Tailor');
  pdf.setProducer('Tailor (pdf-lib, fontkit)');
  pdf.setLanguage('en');
  const created = opts.createdAt ?? new Date();
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  // Object streams would save about 4 KB but pdf-lib deflates them in JavaScript, a millisecond per export; and
  // pdf-lib yields to the event loop every 50 objects by default, a setTimeout of 1 ms or more each time.
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

function pageContent(
  lp: LaidOutPage,
  height: number,
  fonts: FontSet,
  fontOf: (s: FontStyle) => { font: PdfFont; key: string },
): string {
  const out: string[] = ['q', 'BT'];
  let font = '';
  let color = '';
  let spacing = 0;
  for (const tx of lp.texts) {
    const f = fontOf(tx.style);
    const fontId = `/${f.key} ${num(tx.size)} Tf`;
    if (fontId !== font) out.push((font = fontId));
    if (tx.color !== color) out.push(`${rgbOf((color = tx.color))} rg`);
    const ls = tx.letterSpacing ?? 0;
    if (ls !== spacing) out.push(`${num((spacing = ls))} Tc`);
    out.push(`1 0 0 1 ${num(tx.x)} ${num(height - tx.y)} Tm`, `[${kerned(f.font, fonts, tx)}] TJ`);
  }
  out.push('ET', 'Q');
  for (const r of lp.rules)
    out.push(
      `q ${num(r.weight)} w ${rgbOf(r.color)} RG ${num(r.x1)} ${num(height - r.y)} m ${num(r.x2)} ${num(height - r.y)} l S Q`,
    );
  return out.join('\n');
}

/** The TJ operands of one run: glyph strings, with kerning as position adjustments between glyphs. */
function kerned(font: PdfFont, fonts: FontSet, tx: PlacedText): string {
  const m = fonts[tx.style];
  const space = font.glyphHex(m.spaceGlyph, 32, m.spaceWidth);
  let out = '<';
  const words = tx.text.split(' ');
  for (let wi = 0; wi < words.length; wi++) {
    if (wi > 0) out += space;
    const w = words[wi]!;
    if (!w) continue;
    const { glyphs, codePoints, advances, kerns } = m.word(w, tx.smallCaps === true);
    for (let i = 0; i < glyphs.length; i++) {
      out += font.glyphHex(glyphs[i]!, codePoints[i]!, advances[i]!);
      const k = kerns?.[i] ?? 0;
      // TJ numbers are thousandths of an em taken off the advance: a tightening (negative) kern is positive here.
      if (k !== 0 && i < glyphs.length - 1) out += `> ${num((-k * 1000) / m.unitsPerEm)} <`;
    }
  }
  return `${out}>`;
}

function addLinks(pdf: PDFDocument, page: PDFPage, lp: LaidOutPage, height: number): void {
  if (!lp.links.length) return;
  const annots = PDFArray.withContext(pdf.context);
  for (const l of lp.links) {
    annots.push(
      pdf.context.register(
        pdf.context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [num(l.x), num(height - l.y - l.height), num(l.x + l.width), num(height - l.y)].map(Number),
          Border: [0, 0, 0],
          A: { Type: 'Action', S: 'URI', URI: PDFString.of(l.url) },
        }),
      ),
    );
  }
  page.node.set(PDFName.of('Annots'), annots);
}

function subsetTag(postscriptName: string, layout: DocumentLayout): string {
  // FNV-1a of the font name and the page count and first words: deterministic, so the same export gives the same bytes.
  const seed = `${postscriptName}|${layout.pages.length}|${layout.pages[0]?.texts[0]?.text ?? ''}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return tag;
}

function rgbOf(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => num(c / 255)).join(' ');
}

/** Two decimals are a hundredth of a point: finer than any printer, and shorter content streams. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
