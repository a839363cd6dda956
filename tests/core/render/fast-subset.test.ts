import { describe, expect, it } from 'vitest';
import { createFastSubset } from '../../../src/core/render/fast-subset';
import { parseFont } from '../../../src/core/render/font-cache';
import { FONT_STYLES } from '../../../src/core/render/template-schema';
import { loadTemplateAndFonts, templateNames } from './render-fixtures';

describe('the memoized subsetter', () => {
  it('writes the same bytes as fontkit’s own, for every face of every template, twice over', async () => {
    // Accents and ligature-prone letters pull in composite glyphs (é = e + ´ in many fonts).
    const text = 'Résumé Zürich café naïve fiflffi ÀÉÎÕÜ ç ñ “quotes” — 0123456789 #40 110.6% C++ ₹ →';
    for (const name of await templateNames()) {
      const { fonts } = await loadTemplateAndFonts(name);
      for (const style of FONT_STYLES) {
        const font = parseFont(fonts[style]);
        const ids = [...new Set([...text].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id))];
        for (let round = 0; round < 2; round++) {
          const ours = createFastSubset(font);
          const theirs = font.createSubset();
          for (const id of ids) expect(ours.includeGlyph(id)).toBe(theirs.includeGlyph(id));
          expect(Buffer.from(ours.encode()).equals(Buffer.from(theirs.encode())), `${name} ${style}`).toBe(true);
        }
      }
    }
  });
});
