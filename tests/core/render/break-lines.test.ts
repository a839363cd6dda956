import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, type InlinePiece } from '../../../src/core/render/break-lines';
import { fontSet } from '../../../src/core/render/font-metrics';
import { loadTemplateAndFonts } from './render-fixtures';

const { fonts: bytes } = await loadTemplateAndFonts('classic');
const fonts = fontSet(bytes);
const styles = ['regular', 'bold', 'italic', 'boldItalic'] as const;

const piece = fc.record({
  text: fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.constantFrom(
      'GPU kernels ',
      'first-principles',
      ' 5.7x ',
      'https://example.com/a/very/long/path/that/does/not/fit/anywhere/on/one/line/at/all',
    ),
  ),
  style: fc.constantFrom(...styles),
});

describe('line breaking', () => {
  it('loses, adds and reorders no character, and keeps every line within its width', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: 40, max: 500 }), (ps, width) => {
        const pieces: InlinePiece[] = ps.map((p) => ({ ...p, size: 10, color: '#000000' }));
        const lines = breakLines(pieces, fonts, () => width);
        const words = pieces
          .map((p) => p.text)
          .join('')
          .split(' ')
          .filter(Boolean);
        const out = lines.map((l) => l.segments.map((s) => s.text).join(''));
        // No character lost, added or moved.
        expect(out.join('').replace(/ /g, '')).toBe(words.join(''));
        // Lines break only at spaces (single spaces, none at a line's ends) unless a word is wider than the line.
        // A word that spans two runs is drawn as two runs, with no kerning across the seam: measure it that way.
        const fits = wordsByRun(pieces).every(
          (frags) => frags.reduce((a, f) => a + fonts[f.style].width(f.text, 10), 0) <= width,
        );
        if (fits) expect(out.join(' ')).toBe(words.join(' '));
        for (const l of lines) expect(l.width).toBeLessThanOrEqual(width + 0.01);
        for (const l of lines) {
          const sum = l.segments.reduce((a, s) => a + s.width, 0);
          expect(Math.abs(sum - l.width)).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('measures with kerning: "AV" is narrower than "A" plus "V"', () => {
    const m = fonts.regular;
    expect(m.word('AV').width).toBeLessThan(m.word('A').width + m.word('V').width);
    expect(m.word('AV').kerns).not.toBeNull();
  });
});

/** Each space-separated word as its fragments per run, so a word's width can be measured as it is drawn. */
function wordsByRun(pieces: InlinePiece[]): { text: string; style: (typeof styles)[number] }[][] {
  const words: { text: string; style: (typeof styles)[number] }[][] = [];
  let current: { text: string; style: (typeof styles)[number] }[] = [];
  for (const p of pieces) {
    p.text.split(/( )/).forEach((part) => {
      if (part === ' ') {
        if (current.length) words.push(current);
        current = [];
      } else if (part) current.push({ text: part, style: p.style as (typeof styles)[number] });
    });
  }
  if (current.length) words.push(current);
  return words;
}
