import type { FkFont } from 'fontkit';
import { glyphFor, parseFont } from './font-cache';
import type { FontBytes, FontStyle } from './template-schema';

/** Widths of one word in font units: its total (kerning included) and the kerning after each glyph. */
export interface WordMetrics {
  width: number;
  /** kerns[i] is added after glyph i; null when the word has no kerning. */
  kerns: number[] | null;
  /** The word's glyph ids, code points and advances, one per character: what the PDF writer encodes. */
  glyphs: number[];
  codePoints: number[];
  advances: number[];
}

// Ligatures and contextual alternates off: one glyph per character keeps extraction exact (see pdf-font.ts).
const KERN_ONLY = { liga: false, clig: false, dlig: false, calt: false, rlig: false, kern: true };
const SMALL_CAPS = { ...KERN_ONLY, smcp: true };

/**
 * Cached measurements of one font. Laying out a resume asks for the same few hundred words again and again
 * (every candidate line, every fit attempt, every live-preview keystroke), and fontkit's GPOS layout is the slow
 * part, so each word is measured once per font per process.
 */
export class FontMetrics {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly spaceWidth: number;
  readonly spaceGlyph: number;
  private readonly words = new Map<string, WordMetrics>();
  private readonly covered = new Map<number, boolean>();
  /** Each word as this font can draw it (see glyph-fallback.ts), cached like the widths. */
  readonly drawable = new Map<string, string>();
  private readonly smallCapWords = new Map<string, WordMetrics>();
  /** Whether the font has real small capitals (the OpenType smcp feature). */
  readonly hasSmallCaps: boolean;

  constructor(readonly font: FkFont) {
    this.unitsPerEm = font.unitsPerEm;
    this.ascent = font.ascent;
    this.descent = font.descent;
    this.spaceWidth = glyphFor(font, 32).advanceWidth;
    this.spaceGlyph = glyphFor(font, 32).id;
    this.hasSmallCaps = (font.availableFeatures ?? []).includes('smcp');
  }

  /** Whether the font has a glyph for the character. */
  has(codePoint: number): boolean {
    let h = this.covered.get(codePoint);
    if (h === undefined) this.covered.set(codePoint, (h = this.font.hasGlyphForCodePoint(codePoint)));
    return h;
  }

  word(text: string, smallCaps = false): WordMetrics {
    const cache = smallCaps ? this.smallCapWords : this.words;
    let m = cache.get(text);
    if (!m) {
      m = smallCaps ? this.measureSmallCaps(text) : this.measure(text);
      cache.set(text, m);
    }
    return m;
  }

  /**
   * A word in the font's own small capitals: smcp swaps each lower-case letter for its small-capital glyph, one for
   * one, so every glyph still maps back to its character and extraction reads "Experience", not "E XPERIENCE" as it
   * does when small caps are faked with capitals in a smaller size.
   */
  private measureSmallCaps(text: string): WordMetrics {
    const plain = this.measure(text);
    const run = this.font.layout(text, SMALL_CAPS);
    if (run.glyphs.length !== plain.glyphs.length) return plain;
    const advances = run.positions.map((p) => p.xAdvance);
    const kerns = run.glyphs.map((g, i) => advances[i]! - g.advanceWidth);
    return {
      width: advances.reduce((a, b) => a + b, 0),
      kerns: kerns.some((k) => k !== 0) ? kerns : null,
      glyphs: run.glyphs.map((g) => g.id),
      codePoints: plain.codePoints,
      advances: run.glyphs.map((g) => g.advanceWidth),
    };
  }

  /** Width in points of a text that may hold spaces, at a size. */
  width(text: string, size: number, smallCaps = false): number {
    let units = 0;
    let first = true;
    for (const w of text.split(' ')) {
      if (!first) units += this.spaceWidth;
      first = false;
      if (w) units += this.word(w, smallCaps).width;
    }
    return (units * size) / this.unitsPerEm;
  }

  private measure(text: string): WordMetrics {
    const plain: number[] = [];
    const codePoints: number[] = [];
    const advances: number[] = [];
    let width = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const g = glyphFor(this.font, cp);
      plain.push(g.id);
      codePoints.push(cp);
      advances.push(g.advanceWidth);
      width += g.advanceWidth;
    }
    const base = { glyphs: plain, codePoints, advances };
    if (plain.length < 2) return { width, kerns: null, ...base };
    const run = this.font.layout(text, KERN_ONLY);
    // Only trust the kerning when shaping kept one glyph per character; otherwise fall back to plain advances.
    if (run.glyphs.length !== plain.length || run.glyphs.some((g, i) => g.id !== plain[i]))
      return { width, kerns: null, ...base };
    let kerned = 0;
    let any = false;
    const kerns = run.glyphs.map((g, i) => {
      const k = (run.positions[i]?.xAdvance ?? g.advanceWidth) - g.advanceWidth;
      kerned += g.advanceWidth + k;
      if (k !== 0) any = true;
      return k;
    });
    return any ? { width: kerned, kerns, ...base } : { width, kerns: null, ...base };
  }
}

const cache = new WeakMap<FkFont, FontMetrics>();

export function metricsFor(bytes: Uint8Array): FontMetrics {
  const font = parseFont(bytes);
  let m = cache.get(font);
  if (!m) cache.set(font, (m = new FontMetrics(font)));
  return m;
}

export type FontSet = Record<FontStyle, FontMetrics>;

export function fontSet(bytes: FontBytes): FontSet {
  return {
    regular: metricsFor(bytes.regular),
    bold: metricsFor(bytes.bold),
    italic: metricsFor(bytes.italic),
    boldItalic: metricsFor(bytes.boldItalic),
  };
}

export function styleOf(run: { bold?: boolean | undefined; italic?: boolean | undefined }): FontStyle {
  return run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';
}
