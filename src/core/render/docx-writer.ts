import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { DocRow, DocRun, ResumeDocument } from './document-model';
import { zipPackage } from './docx-zip';
import { headingText, rowParts } from './effective-template';
import { pageBox, type FontBytes, type Template } from './template-schema';

export interface DocxWriteOptions {
  /** Embed the template's four faces (whole: Word has no subset format); about 0.3–1.3 MB more. */
  embedFonts?: FontBytes;
  createdAt?: Date;
  /**
   * Keep-with-next per paragraph in document order, from the layout's boxes (one box per paragraph), so the
   * page breaks follow the same rules as the PDF: no heading at a page foot, two lines of an entry on each side.
   */
  keepWithNext?: readonly boolean[];
  /** Contact items that start a new line in the layout: the DOCX breaks there (and only there) as well. */
  contactBreaks?: readonly number[];
}

const BULLETS = 'resume-bullets';
const twips = (pt: number) => Math.round(pt * 20);
const halfPt = (pt: number) => Math.round(pt * 2);
const hex = (c: string) => c.slice(1).toUpperCase();

/**
 * The document as an editable, ATS-safe Word file: named paragraph styles, real list numbering for bullets,
 * a right tab stop (computed from this template's page and margins) for dates, no tables, text boxes or headers.
 */
export async function writeDocx(doc: ResumeDocument, t: Template, opts: DocxWriteOptions = {}): Promise<Uint8Array> {
  const page = pageBox(t);
  const right = twips(page.contentWidth);
  const c = t.colors;
  // Exact line heights, as the PDF lays them out: Word's "auto" spacing multiplies the font's own line gap, which
  // for Source Serif made a page about 20% taller than the PDF.
  const exact = (size: number) => ({ line: twips(size * t.lineHeight), lineRule: LineRuleType.EXACT });
  const sp = t.spacing;

  const run = (r: DocRun, extra: { size?: number; color?: string } = {}): ParagraphChild => {
    const tr = new TextRun({
      text: r.text,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
      ...(extra.size ? { size: halfPt(extra.size) } : {}),
      ...(r.url ? { style: 'Hyperlink' } : extra.color ? { color: hex(extra.color) } : {}),
    });
    return r.url ? new ExternalHyperlink({ link: r.url, children: [tr] }) : tr;
  };

  const rowParagraph = (row: DocRow, keepNext: boolean, spaceBefore: number): Paragraph => {
    const { left, right: r } = rowParts(t, row);
    const style = row.role === 'title' ? 'EntryTitle' : row.role === 'subtitle' ? 'EntrySubtitle' : 'EntryMeta';
    const children: ParagraphChild[] = left.map((x) => run(x));
    if (r.length) {
      children.push(new TextRun({ children: [new Tab()] }));
      children.push(...r.map((x) => run(x)));
    }
    return new Paragraph({
      style,
      children,
      keepNext,
      ...(spaceBefore ? { spacing: { before: twips(spaceBefore) } } : {}),
    });
  };

  const children: Paragraph[] = [];
  // Each paragraph takes the next keep flag; without flags the writer keeps only what it always did.
  let para = 0;
  const keep = (fallback: boolean) => opts.keepWithNext?.[para++] ?? fallback;
  const h = doc.header;
  children.push(new Paragraph({ style: 'Name', children: [new TextRun(h.name)], keepNext: keep(true) }));
  if (h.headline)
    children.push(new Paragraph({ style: 'Headline', children: [new TextRun(h.headline)], keepNext: keep(true) }));
  if (h.contact.length) {
    const runs: ParagraphChild[] = [];
    const breaks = new Set(opts.contactBreaks);
    h.contact.forEach((r, i) => {
      if (breaks.has(i)) runs.push(new TextRun({ text: '', break: 1 }));
      else if (i) runs.push(new TextRun(` ${t.header.separator} `));
      runs.push(run(r));
    });
    children.push(new Paragraph({ style: 'Contact', children: runs, keepNext: keep(false) }));
  }

  doc.sections.forEach((s, si) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(headingText(t, s.heading))],
        keepNext: keep(true),
        ...(si === 0 ? { spacing: { before: twips(sp.afterHeader) } } : {}),
      }),
    );
    s.blocks.forEach((b, bi) => {
      if (b.type === 'paragraph') {
        children.push(
          new Paragraph({
            style: 'ResumeText',
            children: b.runs.map((r) => run(r)),
            keepNext: keep(false),
            ...(bi ? { spacing: { before: twips(sp.betweenBullets) } } : {}),
          }),
        );
        return;
      }
      const hasBody = b.bullets.length > 0 || b.description !== undefined;
      b.rows.forEach((row, ri) =>
        children.push(
          rowParagraph(row, keep(ri < b.rows.length - 1 || hasBody), ri === 0 && bi > 0 ? sp.betweenEntries : 0),
        ),
      );
      if (b.description) {
        const italic = t.descriptionStyle === 'italic';
        const before = b.rows.length ? sp.afterEntryLines : bi > 0 ? sp.betweenEntries : 0;
        children.push(
          new Paragraph({
            style: 'EntryDescription',
            children: b.description.map((r) => run(italic ? { ...r, italic: true } : r)),
            keepNext: keep(false),
            ...(before ? { spacing: { before: twips(before) } } : {}),
          }),
        );
      }
      b.bullets.forEach((bullet, i) => {
        const before =
          i > 0
            ? sp.betweenBullets
            : b.rows.length || b.description
              ? sp.afterEntryLines
              : bi > 0
                ? sp.betweenEntries
                : 0;
        children.push(
          new Paragraph({
            style: 'ResumeBullet',
            numbering: { reference: BULLETS, level: 0 },
            children: bullet.runs.map((r) => run(r)),
            keepNext: keep(false),
            spacing: { before: twips(before) },
          }),
        );
      });
    });
  });

  const body = { size: halfPt(t.sizes.body), color: hex(c.text) };
  const style = (
    id: string,
    name: string,
    size: number,
    run: IParagraphStyleOptions['run'],
    paragraph: IParagraphStyleOptions['paragraph'] = {},
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: halfPt(size), ...run },
    paragraph: { ...paragraph, spacing: { ...exact(size), ...paragraph.spacing } },
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    style(
      'Name',
      'Name',
      t.sizes.name,
      { bold: true, color: hex(c.name) },
      {
        alignment: t.header.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { after: twips(sp.afterName) },
      },
    ),
    style(
      'Headline',
      'Headline',
      t.sizes.headline,
      { color: hex(c.muted) },
      { alignment: t.header.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT },
    ),
    style(
      'Contact',
      'Contact',
      t.sizes.contact,
      {},
      { alignment: t.header.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT },
    ),
    style(
      'Heading1',
      'Heading 1',
      t.sizes.heading,
      {
        bold: t.heading.bold,
        color: hex(c.heading),
        ...(t.heading.case === 'small-caps' ? { smallCaps: true } : {}),
        ...(t.heading.letterSpacing ? { characterSpacing: twips(t.heading.letterSpacing) } : {}),
      },
      {
        keepNext: true,
        keepLines: true,
        outlineLevel: 0,
        spacing: { before: twips(sp.beforeHeading), after: twips(sp.afterHeading) },
        ...(t.heading.rule
          ? {
              border: {
                bottom: {
                  style: BorderStyle.SINGLE,
                  size: Math.max(2, Math.round(t.heading.ruleWeight * 8)),
                  color: hex(c.rule),
                  space: 1,
                },
              },
            }
          : {}),
      },
    ),
    style(
      'EntryTitle',
      'Entry Title',
      t.sizes.entryTitle,
      {},
      { rightTabStop: right, keepNext: true, keepLines: true },
    ),
    style(
      'EntrySubtitle',
      'Entry Subtitle',
      t.sizes.body,
      {},
      { rightTabStop: right, keepNext: true, keepLines: true },
    ),
    style(
      'EntryMeta',
      'Entry Details',
      t.sizes.meta,
      { color: hex(c.muted) },
      { rightTabStop: right, keepNext: true, keepLines: true },
    ),
    style(
      'ResumeBullet',
      'Resume Bullet',
      t.sizes.body,
      {},
      { keepLines: true, spacing: { before: twips(sp.betweenBullets) } },
    ),
    style('ResumeText', 'Resume Text', t.sizes.body, {}, {}),
    style('EntryDescription', 'Entry Description', t.sizes.body, {}, { keepLines: true }),
  ];

  const m = doc.meta;
  const document = new Document({
    creator: m.author,
    lastModifiedBy: 'Tailor',
    title: m.title,
    subject: m.subject,
    description: m.subject,
    keywords: m.keywords.join(', '),
    styles: {
      default: {
        document: {
          run: { font: t.fonts.family, ...body },
          paragraph: { spacing: { ...exact(t.sizes.body), before: 0, after: 0 } },
        },
      },
      paragraphStyles,
      characterStyles: [
        { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: hex(c.link) } },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: t.bullet.char,
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: {
                  indent: { left: twips(sp.bulletIndent), hanging: twips(sp.bulletIndent - sp.bulletHang) },
                },
                run: { font: t.fonts.family },
              },
            },
          ],
        },
      ],
    },
    ...(opts.embedFonts
      ? {
          fonts: [
            {
              name: t.fonts.family,
              // docx types these as Buffer; it only slices and copies them, so plain bytes do.
              data: opts.embedFonts.regular as never,
              bold: opts.embedFonts.bold as never,
              italic: opts.embedFonts.italic as never,
              boldItalic: opts.embedFonts.boldItalic as never,
            },
          ],
        }
      : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: {
              top: twips(t.page.margins.top),
              right: twips(t.page.margins.right),
              bottom: twips(t.page.margins.bottom),
              left: twips(t.page.margins.left),
              header: 0,
              footer: 0,
            },
          },
        },
        children,
      },
    ],
  });
  return pack(document, opts.embedFonts);
}

type Compiler = { compile(file: Document): Map<string, string | Uint8Array> };

/**
 * docx's own files, zipped by us: its Packer deflates the embedded faces in JavaScript on every export (~130 ms of
 * ~140). `compiler` is private in docx 9's types (pinned), so its absence falls back to the Packer.
 */
async function pack(document: Document, fonts: FontBytes | undefined): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (!compiler || typeof compiler.compile !== 'function') return Packer.pack(document, 'uint8array');
  const faces = fonts ? [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic] : [];
  return zipPackage(compiler.compile(document), faces);
}
