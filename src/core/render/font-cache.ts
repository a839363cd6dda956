import * as fontkit from 'fontkit';
import type { FkFont, FkGlyph } from 'fontkit';

/**
 * Parsed fonts and their character-to-glyph maps, kept per process. Callers pass the same byte arrays on every
 * render (the node side caches the file bytes), so a warm render parses nothing and looks nothing up twice.
 * fontkit 2, not @pdf-lib/fontkit 1.1.1: the older one's subsetter blanks glyphs of some fonts (../shared/STACK.md).
 */
const parsed = new WeakMap<Uint8Array, FkFont>();

export function parseFont(bytes: Uint8Array): FkFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

const glyphMaps = new WeakMap<FkFont, Map<number, FkGlyph>>();

/** The glyph for a character, without shaping: no ligatures, so every glyph maps back to exactly one character. */
export function glyphFor(font: FkFont, codePoint: number): FkGlyph {
  let map = glyphMaps.get(font);
  if (!map) glyphMaps.set(font, (map = new Map()));
  let g = map.get(codePoint);
  if (!g) {
    g = font.glyphForCodePoint(codePoint);
    map.set(codePoint, g);
  }
  return g;
}
