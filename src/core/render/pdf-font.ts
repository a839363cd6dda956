import type { FkFont, FkSubset } from 'fontkit';
import { PDFRawStream, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { createFastSubset } from './fast-subset';
import { glyphFor } from './font-cache';

/**
 * One embedded TrueType face as a PDF Type0/CIDFontType2 font, written here rather than by pdf-lib's embedder:
 * - glyphs are picked per character with no shaping, so no ligature glyph can make an extractor read "ﬁ" for "fi";
 * - the subset comes from fontkit 2's subsetter, which keeps every glyph intact (STACK.md: @pdf-lib/fontkit's does not);
 * - streams are deflated with the platform's native CompressionStream: pdf-lib deflates in JavaScript (pako), which
 *   took about 8 of the 19 ms a one-page export cost when we let it embed the fonts.
 */
export class PdfFont {
  private readonly subset: FkSubset | null;
  /** Original glyph id → id in the embedded font (the same id when not subsetting). */
  private readonly ids = new Map<number, number>();
  private readonly unicode = new Map<number, number>();
  private readonly widths = new Map<number, number>();

  constructor(
    readonly font: FkFont,
    private readonly bytes: Uint8Array,
    readonly baseName: string,
    subset: boolean,
  ) {
    this.subset = subset ? createFastSubset(font) : null;
  }

  private readonly hex = new Map<number, string>();

  /** The text as a hex string of glyph ids, recording each glyph for the subset, widths and ToUnicode map. */
  encode(text: string): string {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const g = glyphFor(this.font, cp);
      hex += this.glyphHex(g.id, cp, g.advanceWidth);
    }
    return hex;
  }

  /** One glyph (by its id in the font, for the character `codePoint`) as four hex digits of its id in the PDF font. */
  glyphHex(glyphId: number, codePoint: number, advance: number): string {
    let h = this.hex.get(glyphId);
    if (h === undefined) {
      const id = this.subset ? this.subset.includeGlyph(glyphId) : glyphId;
      this.ids.set(glyphId, id);
      this.unicode.set(id, codePoint);
      this.widths.set(id, advance);
      h = id.toString(16).padStart(4, '0');
      this.hex.set(glyphId, h);
    }
    return h;
  }

  async embed(context: PDFContext, ref: PDFRef): Promise<void> {
    const f = this.font;
    const scale = 1000 / f.unitsPerEm;
    const { program: fontStream, toUnicode: cmapStream } = await this.fontStreams(context);
    const fontFile = context.register(fontStream);
    const familyClass = (f['OS/2']?.sFamilyClass ?? 0) >> 8;
    // Bit 3 symbolic (a font with its own encoding), bit 2 serif, bit 7 italic: what readers use to pick a fallback.
    const flags = 4 | (familyClass >= 1 && familyClass <= 7 ? 2 : 0) | (f.italicAngle !== 0 ? 64 : 0);
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: this.baseName,
        Flags: flags,
        FontBBox: [f.bbox.minX, f.bbox.minY, f.bbox.maxX, f.bbox.maxY].map((n) => Math.round(n * scale)),
        ItalicAngle: f.italicAngle,
        Ascent: Math.round(f.ascent * scale),
        Descent: Math.round(f.descent * scale),
        CapHeight: Math.round((f.capHeight || f.ascent) * scale),
        XHeight: Math.round((f.xHeight || 0) * scale),
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: this.baseName,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        CIDToGIDMap: 'Identity',
        W: this.widthArray(scale),
      }),
    );
    const toUnicode = context.register(cmapStream);
    context.assign(
      ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: this.baseName,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }

  /**
   * The font program (subset or whole) and its ToUnicode map, deflated. Memoized per font and glyph sequence: a live
   * preview re-renders on every edit and most edits add no new character, so the same subset comes back again and
   * again, and encoding one with fontkit costs about 2 ms.
   */
  private async fontStreams(context: PDFContext): Promise<{ program: PDFRawStream; toUnicode: PDFRawStream }> {
    // Glyphs in the order they were added, each with the character it stands for: the ToUnicode map depends on both
    // (two characters can share a glyph, like a space and a no-break space).
    const glyphs = [...this.ids].map(([glyph, id]) => `${glyph}.${this.unicode.get(id)}`).join(',');
    const key = this.subset ? glyphs : `whole:${glyphs}`;
    let perFont = programs.get(this.font);
    if (!perFont) programs.set(this.font, (perFont = new Map()));
    let hit = perFont.get(key);
    if (!hit) {
      const program = this.subset ? this.subset.encode() : this.bytes;
      const [deflated, cmap] = await Promise.all([deflate(program), deflate(new TextEncoder().encode(this.cmap()))]);
      hit = { length: program.length, deflated, cmap };
      perFont.set(key, hit);
      if (perFont.size > PROGRAMS_PER_FONT) perFont.delete(perFont.keys().next().value!);
    }
    const stream = (bytes: Uint8Array, extra: Record<string, number>) =>
      PDFRawStream.of(context.obj({ ...extra, Filter: 'FlateDecode', Length: bytes.length }), bytes);
    return { program: stream(hit.deflated, { Length1: hit.length }), toUnicode: stream(hit.cmap, {}) };
  }

  private widthArray(scale: number): (number | number[])[] {
    const ids = [...this.widths.keys()].sort((a, b) => a - b);
    const out: (number | number[])[] = [];
    let run: number[] = [];
    let prev = -2;
    for (const id of ids) {
      if (id !== prev + 1) {
        if (run.length) out.push(run);
        out.push(id);
        run = [];
      }
      run.push(Math.round(this.widths.get(id)! * scale));
      prev = id;
    }
    if (run.length) out.push(run);
    return out;
  }

  private cmap(): string {
    const entries = [...this.unicode].sort((a, b) => a[0] - b[0]);
    const hex4 = (n: number) => n.toString(16).padStart(4, '0');
    const utf16 = (cp: number) =>
      cp < 0x10000 ? hex4(cp) : hex4(0xd800 + ((cp - 0x10000) >> 10)) + hex4(0xdc00 + ((cp - 0x10000) & 0x3ff));
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      blocks.push(
        `${chunk.length} beginbfchar\n${chunk.map(([id, cp]) => `<${hex4(id)}> <${utf16(cp)}>`).join('\n')}\nendbfchar`,
      );
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}

const PROGRAMS_PER_FONT = 8;
let programs = new WeakMap<FkFont, Map<string, { length: number; deflated: Uint8Array; cmap: Uint8Array }>>();

/** Forgets memoized font programs: for the benchmark's figure with a new subset on every export. */
export function clearFontProgramCache(): void {
  programs = new WeakMap();
}

/** A stream deflated by the platform (zlib in Node and Electron, the browser's own elsewhere). */
export async function flateStream(
  context: PDFContext,
  data: Uint8Array,
  dict: Record<string, number>,
): Promise<PDFRawStream> {
  const compressed = await deflate(data, 'fast');
  return PDFRawStream.of(context.obj({ ...dict, Filter: 'FlateDecode', Length: compressed.length }), compressed);
}

/** zlib-format deflate. Node passes its synchronous zlib (src/node/pdf-deflate.ts); elsewhere the platform's stream. */
export type Deflate = (data: Uint8Array, effort: 'fast' | 'small') => Uint8Array | Promise<Uint8Array>;

let deflateImpl: Deflate = async (data) =>
  new Uint8Array(
    await new Response(
      new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate')),
    ).arrayBuffer(),
  );

/**
 * CompressionStream hands each stream to a worker thread and back, about 0.6 ms a round trip; Node's zlib does a
 * 10 KB stream in 0.1 ms on the spot. Core cannot import node:zlib, so the node side installs it.
 */
export function useDeflate(fn: Deflate): void {
  deflateImpl = fn;
}

/** The installed deflate, for the DOCX zip too. */
export function platformDeflate(data: Uint8Array, effort: 'fast' | 'small'): Promise<Uint8Array> {
  return Promise.resolve(deflateImpl(data, effort));
}

/**
 * Font programs and ToUnicode maps are deflated once and memoized, so they get the smaller output; page content is
 * deflated on every export, where a fast level gives 20% more bytes in a fifth of the time (0.1 ms for 23 KB).
 */
async function deflate(data: Uint8Array, effort: 'fast' | 'small' = 'small'): Promise<Uint8Array> {
  return deflateImpl(data, effort);
}
