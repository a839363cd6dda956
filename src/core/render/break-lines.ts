import type { FontSet } from './font-metrics';
import { drawableText } from './glyph-fallback';
import type { FontStyle } from './template-schema';

/** A run of text in one look; `text` may hold spaces. */
export interface InlinePiece {
  text: string;
  style: FontStyle;
  size: number;
  color: string;
  url?: string | undefined;
  /** Extra points after every character (headings). */
  letterSpacing?: number | undefined;
  /** Drawn with the font's small capitals (only set when the font has them). */
  smallCaps?: boolean | undefined;
}

/** A piece placed on a line: x from the line's start, width as measured. */
export interface LineSegment extends InlinePiece {
  x: number;
  width: number;
}

export interface BrokenLine {
  segments: LineSegment[];
  width: number;
}

interface Fragment {
  text: string;
  piece: InlinePiece;
  width: number;
}
interface Word {
  /** The piece whose style the space before this word has; null for the first word of a paragraph. */
  space: InlinePiece | null;
  fragments: Fragment[];
  width: number;
}

export function measurePiece(fonts: FontSet, p: InlinePiece, text = p.text): number {
  const m = fonts[p.style];
  const sc = p.smallCaps === true;
  const w = text.includes(' ') ? m.width(text, p.size, sc) : (m.word(text, sc).width * p.size) / m.unitsPerEm;
  return p.letterSpacing ? w + p.letterSpacing * [...text].length : w;
}

function spaceWidth(fonts: FontSet, p: InlinePiece): number {
  return (fonts[p.style].spaceWidth * p.size) / fonts[p.style].unitsPerEm + (p.letterSpacing ?? 0);
}

function toWords(pieces: readonly InlinePiece[], fonts: FontSet): Word[] {
  const words: Word[] = [];
  let cur: Word | null = null;
  let pendingSpace: InlinePiece | null = null;
  for (const p of pieces) {
    const parts = p.text.split(' ');
    parts.forEach((part, i) => {
      if (i > 0) {
        // A space ends the word; runs of spaces collapse into one.
        if (cur) words.push(cur);
        cur = null;
        pendingSpace ??= p;
      }
      if (!part) return;
      const text = drawableText(fonts[p.style], part);
      if (!text) return;
      const frag: Fragment = { text, piece: p, width: measurePiece(fonts, p, text) };
      if (!cur) {
        cur = { space: words.length ? pendingSpace : null, fragments: [], width: 0 };
        pendingSpace = null;
      }
      cur.fragments.push(frag);
      cur.width += frag.width;
    });
  }
  if (cur) words.push(cur);
  return words;
}

/**
 * Greedy line breaking at spaces, with each word's real width (kerning included). Lines break only at spaces:
 * breaking after a hyphen would make an extractor read "first- principles" for "first-principles".
 * A single word wider than the line is cut between characters rather than run off the page.
 */
export function breakLines(
  pieces: readonly InlinePiece[],
  fonts: FontSet,
  widthOf: (line: number) => number,
): BrokenLine[] {
  const lines: Word[][] = [];
  let cur: Word[] = [];
  let curWidth = 0;
  // 0.01 pt of slack for measuring, less a hair: the line's width is summed again by segment (toSegments), in a
  // different order, and that sum must not come out above width + 0.01 by a rounding.
  const limit = () => widthOf(lines.length) + 0.01 - 1e-9;
  for (const w of toWords(pieces, fonts)) {
    const sp = cur.length && w.space ? spaceWidth(fonts, w.space) : 0;
    if (cur.length && curWidth + sp + w.width > limit()) {
      lines.push(cur);
      cur = [];
      curWidth = 0;
    }
    if (!cur.length && w.width > limit()) {
      for (const chunk of splitWord(w, fonts, limit())) {
        if (chunk.width > limit() - curWidth && cur.length) {
          lines.push(cur);
          cur = [];
          curWidth = 0;
        }
        cur.push(chunk);
        curWidth += chunk.width;
      }
      continue;
    }
    cur.push(cur.length ? w : { ...w, space: null });
    curWidth += (cur.length > 1 ? sp : 0) + w.width;
  }
  if (cur.length) lines.push(cur);
  return lines.map((ws) => toSegments(ws, fonts));
}

function splitWord(w: Word, fonts: FontSet, limit: number): Word[] {
  const out: Word[] = [];
  let cur: Word = { space: null, fragments: [], width: 0 };
  for (const f of w.fragments) {
    for (const ch of f.text) {
      // Re-measure the fragment with the new character: kerning makes a width more than the sum of its letters.
      const last = cur.fragments[cur.fragments.length - 1];
      const same = last !== undefined && last.piece === f.piece;
      const grown = same ? measurePiece(fonts, f.piece, last.text + ch) : measurePiece(fonts, f.piece, ch);
      const width = cur.width - (same ? last.width : 0) + grown;
      if (width > limit && cur.fragments.length) {
        out.push(cur);
        const cw = measurePiece(fonts, f.piece, ch);
        cur = { space: null, fragments: [{ text: ch, piece: f.piece, width: cw }], width: cw };
        continue;
      }
      if (same) {
        last.text += ch;
        last.width = grown;
      } else cur.fragments.push({ text: ch, piece: f.piece, width: grown });
      cur.width = width;
    }
  }
  if (cur.fragments.length) out.push(cur);
  return out;
}

function samePiece(a: InlinePiece, b: InlinePiece): boolean {
  return (
    a.style === b.style &&
    a.size === b.size &&
    a.color === b.color &&
    a.url === b.url &&
    a.letterSpacing === b.letterSpacing &&
    a.smallCaps === b.smallCaps
  );
}

function toSegments(words: Word[], fonts: FontSet): BrokenLine {
  const segments: LineSegment[] = [];
  let x = 0;
  let lastPiece: InlinePiece | null = null;
  const add = (piece: InlinePiece, text: string, width: number) => {
    const last = segments[segments.length - 1];
    if (last && (piece === lastPiece || samePiece(last, piece))) {
      last.text += text;
      last.width += width;
    } else {
      segments.push({
        text,
        style: piece.style,
        size: piece.size,
        color: piece.color,
        url: piece.url,
        letterSpacing: piece.letterSpacing,
        smallCaps: piece.smallCaps,
        x,
        width,
      });
    }
    lastPiece = piece;
    x += width;
  };
  words.forEach((w, i) => {
    // The space is drawn as a real glyph, so extraction reads a real space between words.
    if (i > 0 && w.space) add(w.space, ' ', spaceWidth(fonts, w.space));
    for (const f of w.fragments) add(f.piece, f.text, f.width);
  });
  return { segments, width: x };
}
