import type { ResumeDocument } from './document-model';
import type { FontMetrics, FontSet } from './font-metrics';

/**
 * What to write when a template's font has no glyph for a character: a .notdef box on the page is worse than a
 * plain stand-in, and an extractor would read the box as whatever character first claimed it. The DOCX keeps the
 * real character: Word and LibreOffice fall back to another installed font on their own.
 */
export const GLYPH_REPLACEMENTS: Readonly<Record<string, string>> = {
  '₹': 'Rs.',
  '→': '->',
  '➜': '->',
  '➔': '->',
  '⇒': '=>',
  '←': '<-',
  '↔': '<->',
  '↑': 'up',
  '↓': 'down',
  '✓': '+',
  '✔': '+',
  '✗': 'x',
  '★': '*',
  '☆': '*',
  '▪': '•',
  '■': '•',
  '●': '•',
  '◦': '•',
  '○': 'o',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '∞': 'infinity',
  '√': 'sqrt',
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  λ: 'lambda',
  μ: 'mu',
  π: 'pi',
  σ: 'sigma',
  Σ: 'Sigma',
  θ: 'theta',
  '\u00a0': ' ',
  '\t': ' ',
};

/** The word with every character the font cannot draw replaced (or, failing a replacement, left for .notdef). */
export function drawableText(m: FontMetrics, word: string): string {
  let out = m.drawable.get(word);
  if (out === undefined) {
    out = '';
    for (const ch of word) out += m.has(ch.codePointAt(0)!) ? ch : replacementFor(m, ch);
    m.drawable.set(word, out);
  }
  return out;
}

function replacementFor(m: FontMetrics, ch: string): string {
  const r = GLYPH_REPLACEMENTS[ch];
  if (r !== undefined && [...r].every((c) => m.has(c.codePointAt(0)!))) return r;
  // Control characters draw nothing; anything else keeps its (missing) glyph so the text is not silently changed.
  return /\p{Cc}/u.test(ch) ? '' : ch;
}

export interface MissingCharacter {
  char: string;
  /** What the PDF shows instead, or null when the font has no stand-in and the character draws as a blank box. */
  replacement: string | null;
}

/** Characters of the document that the template's regular face cannot draw, for a warning the person can act on. */
export function missingCharacters(doc: ResumeDocument, fonts: FontSet): MissingCharacter[] {
  const m = fonts.regular;
  const seen = new Map<string, MissingCharacter>();
  const scan = (s: string | undefined) => {
    if (!s) return;
    for (const ch of s) {
      if (m.has(ch.codePointAt(0)!) || seen.has(ch) || /\s|\p{Cc}/u.test(ch)) continue;
      const r = replacementFor(m, ch);
      seen.set(ch, { char: ch, replacement: r === ch ? null : r });
    }
  };
  scan(doc.header.name);
  scan(doc.header.headline);
  for (const r of doc.header.contact) scan(r.text);
  for (const s of doc.sections) {
    scan(s.heading);
    for (const b of s.blocks) {
      if (b.type === 'paragraph') b.runs.forEach((r) => scan(r.text));
      else {
        b.rows.forEach((row) => [...row.left, ...row.right].forEach((r) => scan(r.text)));
        b.bullets.forEach((x) => x.runs.forEach((r) => scan(r.text)));
      }
    }
  }
  return [...seen.values()];
}
