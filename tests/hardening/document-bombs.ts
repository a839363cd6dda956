import { constants, crc32, deflateRawSync } from 'node:zlib';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from 'pdf-lib';

/**
 * Hostile documents, generated rather than committed. A huge part is compressed once per distinct chunk: after a
 * full flush deflate starts from an empty dictionary, so every identical chunk compresses to identical bytes and the
 * part is those bytes repeated: a 400 MB part costs 400 crc32 calls, not 400 MB of compression.
 */
interface Part {
  name: string;
  prefix?: string | Buffer;
  chunk?: Buffer;
  repeat?: number;
  suffix?: string | Buffer;
}

function deflatePart(p: Part): { data: Buffer; crc: number; size: number } {
  const prefix = Buffer.from(p.prefix ?? '');
  const suffix = Buffer.from(p.suffix ?? '');
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const pieces = [deflateRawSync(prefix, flush)];
  let crc = crc32(prefix);
  let size = prefix.length;
  if (p.chunk && p.repeat) {
    const block = deflateRawSync(p.chunk, flush);
    for (let i = 0; i < p.repeat; i++) {
      pieces.push(block);
      crc = crc32(p.chunk, crc);
      size += p.chunk.length;
    }
  }
  pieces.push(deflateRawSync(suffix));
  crc = crc32(suffix, crc);
  size += suffix.length;
  return { data: Buffer.concat(pieces), crc, size };
}

/** A plain zip writer (deflate, no zip64): enough for a DOCX whose sizes stay under 4 GB. */
export function zipParts(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const { data, crc, size } = deflatePart(p);
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(8, 10);
    cen.writeUInt32LE(crc >>> 0, 16);
    cen.writeUInt32LE(data.length, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(cen, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_HEAD = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`;
const DOC_TAIL = '</w:body></w:document>';
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const RESUME_TEXT = [
  para('Casey Invented'),
  para('casey@example.com'),
  '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>',
  para('Nurse, Example Hospital, 2020 - present'),
  para('Cared for twelve patients a shift on a busy surgical ward.'),
].join('');

/** ~400 MB of paragraphs in document.xml, in a file well under a megabyte. */
export function docxParagraphBomb(inflatedMb = 400): Buffer {
  const chunk = Buffer.from(para('x').repeat(Math.floor((1024 * 1024) / para('x').length)));
  return zipParts([
    { name: '[Content_Types].xml', prefix: CONTENT_TYPES },
    { name: '_rels/.rels', prefix: ROOT_RELS },
    { name: 'word/document.xml', prefix: DOC_HEAD + RESUME_TEXT, chunk, repeat: inflatedMb, suffix: DOC_TAIL },
  ]);
}

/** A short resume whose one picture unpacks to ~1.5 GB. */
export function docxImageBomb(inflatedMb = 1500): Buffer {
  const drawing = `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="photo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="${R}/image" Target="media/image1.png"/></Relationships>`;
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return zipParts([
    { name: '[Content_Types].xml', prefix: CONTENT_TYPES },
    { name: '_rels/.rels', prefix: ROOT_RELS },
    { name: 'word/_rels/document.xml.rels', prefix: rels },
    { name: 'word/document.xml', prefix: DOC_HEAD + drawing + RESUME_TEXT + DOC_TAIL },
    { name: 'word/media/image1.png', prefix: png, chunk: Buffer.alloc(1024 * 1024), repeat: inflatedMb },
  ]);
}

function adler32(chunks: Iterable<Buffer>): number {
  let a = 1;
  let b = 0;
  for (const c of chunks)
    for (let i = 0; i < c.length;) {
      const end = Math.min(c.length, i + 3800);
      for (; i < end; i++) {
        a += c[i] as number;
        b += a;
      }
      a %= 65521;
      b %= 65521;
    }
  return ((b << 16) | a) >>> 0;
}

/**
 * A one-page PDF whose page content stream unpacks to ~60 MB of drawing operators. Under the 4 MB stream cap (3 MB),
 * the same lines are a page of half a million operations, or with a text line, of a quarter million pieces of text.
 */
export async function pdfContentStreamBomb(inflatedMb = 60, line = '0 0 m 1 1 l S\n'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawText('Casey Invented', { x: 72, y: 720, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  const chunk = Buffer.from(line.repeat(Math.floor((1024 * 1024) / line.length)));
  const stream = doc.context.stream(zlibRepeated(chunk, inflatedMb), { Filter: 'FlateDecode' });
  page.node.addContentStream(doc.context.register(stream));
  return doc.save({ useObjectStreams: false });
}

/** A zlib stream of `chunk` repeated `count` times, compressed once (see deflatePart). */
function zlibRepeated(chunk: Buffer, count: number): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const block = deflateRawSync(chunk, flush);
  const chunks = Array.from({ length: count }, () => chunk);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(adler32(chunks));
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...chunks.map(() => block), deflateRawSync(Buffer.alloc(0)), adler]);
}

/** A one-page resume PDF showing a picture that decodes to `side`² RGB pixels (10,000² is 300 MB) in a small file. */
export async function pdfImageBomb(side = 10_000): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = [
    'Casey Invented',
    'casey@example.com',
    'EXPERIENCE',
    'Nurse, Example Hospital, 2020 - present',
    '• Cared for twelve patients a shift on a busy surgical ward.',
  ];
  lines.forEach((text, i) => page.drawText(text, { x: 72, y: 720 - i * 20, size: i === 0 ? 18 : 11, font }));
  const rowBytes = side * 3;
  const rows = Math.floor((1024 * 1024) / rowBytes) || 1;
  const total = side * rowBytes;
  const chunk = Buffer.alloc(rows * rowBytes, 0x7f);
  const image = doc.context.stream(zlibRepeated(chunk, Math.ceil(total / chunk.length)), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: side,
    Height: side,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  page.node.setXObject(PDFName.of('Im1'), doc.context.register(image));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(200, 0, 0, 200, 72, 400),
    drawObject('Im1'),
    popGraphicsState(),
  );
  return doc.save({ useObjectStreams: false });
}
