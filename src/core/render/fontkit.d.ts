// fontkit 2 ships no types; this declares the part of its API the renderer uses.
declare module 'fontkit' {
  export interface FkGlyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  export interface FkPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface FkGlyphRun {
    glyphs: FkGlyph[];
    positions: FkPosition[];
  }
  export interface FkSubset {
    includeGlyph(glyph: number | FkGlyph): number;
    encode(): Uint8Array;
  }
  export interface FkFont {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    'OS/2'?: { sFamilyClass?: number };
    availableFeatures: string[];
    glyphForCodePoint(codePoint: number): FkGlyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: Record<string, boolean> | string[]): FkGlyphRun;
    createSubset(): FkSubset;
  }
  export function create(data: Uint8Array, postscriptName?: string): FkFont;
}
