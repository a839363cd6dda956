import { z } from 'zod';
import { classifyHeading, headingText } from './classify-heading';
import type { SourceLine } from './source-line';

/** A piece of text with the styling a DOCX run or a PDF font gave it. */
export const StyledRun = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** A hyperlink target, when the format carries one. */
  href: z.string().optional(),
});
export type StyledRun = z.infer<typeof StyledRun>;

/**
 * One visual line of a formatted document (a DOCX paragraph, a PDF text row) before it becomes a SourceLine.
 * DOCX and PDF readers produce these; `toSourceLines` turns them into the one input of recognizeResume.
 */
export const StyledLine = z.object({
  runs: z.array(StyledRun),
  /** Text at the right margin: after a right tab stop, in a last table cell, or right-aligned in a PDF row. */
  right: z.string().optional(),
  /** What the format says: a heading style or a larger font, a list paragraph or a bullet glyph. */
  role: z.enum(['heading', 'bullet', 'text']).optional(),
  lineNo: z.number().int().positive(),
});
export type StyledLine = z.infer<typeof StyledLine>;

const BULLET_GLYPH = /^\s*(?:[•▪◦●○‣■□➢➤►▸◆◇❖✓✔∙⋅⁃–—*\-\uf000-\uf0ff]|\d{1,2}[.)])\s+/u;

/** Styled lines -> SourceLines: runs become inline Markdown, a leading bullet glyph becomes the bullet role. */
export function toSourceLines(lines: StyledLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  // When the document marks its headings (styles, a bigger font), a bold line is an entry title, not a heading.
  // The first line is the name whatever its size, so it says nothing about how headings look.
  const marked = lines.slice(1).some((l) => l.role === 'heading');
  // Nor when the headings are set in capitals ("EXPERIENCE", "AWARDS"): a bold line in mixed case is then a title.
  const capsHeadings =
    lines.filter((l) => {
      const t = l.runs
        .map((r) => r.text)
        .join('')
        .trim();
      return isAllCaps(t) && classifyHeading(t) !== 'custom' && !!headingText(t);
    }).length >= 2;
  const repeated = repeatedGlyphs(lines);
  for (const line of lines) {
    let role = line.role;
    let runs = line.runs.map((r) =>
      /[\u2010\u2011]/.test(r.text) ? { ...r, text: r.text.replace(/[\u2010\u2011]/g, '-') } : r,
    );
    const plain = runs.map((r) => r.text).join('');
    const glyph = LEADING_GLYPH.exec(plain);
    if (role !== 'heading' && (BULLET_GLYPH.test(plain) || (glyph?.[1] && repeated.has(glyph[1])))) {
      runs = dropPrefix(runs, (BULLET_GLYPH.exec(plain)?.[0] ?? glyph?.[0] ?? '').length);
      role = 'bullet';
    }
    // A link inside a bullet keeps its words; the recognizer reads [label](url) only in headers and link lines.
    let text = runsToMarkdown(runs, role !== 'bullet').trim();
    if (!text) {
      if (line.right?.trim()) text = line.right.trim();
      else continue;
      out.push({ text, lineNo: line.lineNo, role: 'text' });
      continue;
    }
    if (!role || role === 'text') {
      // ...and an ALL CAPS line is a heading only when it names a section ("ACME CORP" stays an employer).
      const heading =
        line.right ||
        (marked && !(isAllCaps(text) && classifyHeading(text.replace(/\*/g, '')) !== 'custom')) ||
        (capsHeadings && !isAllCaps(text))
          ? null
          : headingText(text);
      if (heading) {
        out.push({ text: heading, lineNo: line.lineNo, role: 'heading' });
        continue;
      }
    }
    if (role === 'heading') text = text.replace(/\*+/g, '').replace(/:$/, '').trim();
    const right = line.right?.trim();
    out.push({ text, lineNo: line.lineNo, ...(role ? { role } : {}), ...(right ? { right } : {}) });
  }
  return out;
}

/** A symbol and a space at the start of a line: "○ Led the audit", "· Taught science", "➤ Built". */
const LEADING_GLYPH = /^\s*([^\p{L}\p{N}\s(\["'“‘$£€¥#@+|*_~<>=%&.,:;!?/\\])\s+(?=\S)/u;

/**
 * Any glyph that opens two or more lines is that document's bullet, whatever it is: people type "·" or "o", and
 * templates pick "○" or "➤". A glyph seen once is read as text.
 */
function repeatedGlyphs(lines: StyledLine[]): Set<string> {
  const count = new Map<string, number>();
  for (const l of lines) {
    if (l.role === 'heading') continue;
    const g = LEADING_GLYPH.exec(l.runs.map((r) => r.text).join(''))?.[1];
    if (g) count.set(g, (count.get(g) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([g]) => g));
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/**
 * Runs -> inline Markdown. Whitespace at the edge of a bold or italic run moves outside the markers: a PDF draws
 * the space after a bold phrase in the bold font, but the phrase is what the person made bold.
 */
export function runsToMarkdown(runs: StyledRun[], keepLinks = true): string {
  const merged = mergeRuns(runs);
  return merged
    .map((r) => {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text);
      const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? ''];
      if (!core) return r.text;
      let body = core;
      if (r.href && keepLinks && !sameAsLabel(core, r.href)) body = `[${core}](${r.href})`;
      if (r.bold && r.italic) body = `***${body}***`;
      else if (r.bold) body = `**${body}**`;
      else if (r.italic) body = `*${body}*`;
      return `${lead}${body}${trail}`;
    })
    .join('')
    .replace(/[ \t]+/g, ' ');
}

/** An email or a bare address shown as itself needs no Markdown link: the recognizer reads it as it is. */
function sameAsLabel(label: string, href: string): boolean {
  const h = href
    .replace(/^mailto:/i, '')
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
  const l = label
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
  return h.toLowerCase() === l.toLowerCase() || /^mailto:/i.test(href);
}

/** Neighbours with the same style become one run, so "**a** **b**" reads as one bold phrase "a b". */
export function mergeRuns(runs: StyledRun[]): StyledRun[] {
  const out: StyledRun[] = [];
  runs.forEach((r, i) => {
    if (!r.text) return;
    const prev = out[out.length - 1];
    const blank = !r.text.trim();
    // A space between two pieces of one link (its text wrapped onto the next line) is part of the link.
    const sameLinkNext = prev?.href && runs.slice(i + 1).find((n) => n.text)?.href === prev.href;
    if (prev && blank && (!prev.href || sameLinkNext)) {
      prev.text += r.text;
      return;
    }
    if (prev && !!prev.bold === !!r.bold && !!prev.italic === !!r.italic && prev.href === r.href) prev.text += r.text;
    else out.push({ ...r });
  });
  return out;
}

function dropPrefix(runs: StyledRun[], n: number): StyledRun[] {
  const out: StyledRun[] = [];
  let left = n;
  for (const r of runs) {
    if (left >= r.text.length) {
      left -= r.text.length;
      continue;
    }
    out.push({ ...r, text: r.text.slice(left) });
    left = 0;
  }
  return out;
}

/**
 * Text of runs for the right-margin text: its bold and italic carry no meaning the recognizer uses, but a link's
 * address does ("[Github](https://...)" at the right of a project title).
 */
export function runsText(runs: StyledRun[]): string {
  return mergeRuns(runs.map((r) => ({ text: r.text, ...(r.href ? { href: r.href } : {}) })))
    .map((r) =>
      r.href && r.text.trim() && !sameAsLabel(r.text.trim(), r.href)
        ? r.text.replace(/^(\s*)(.*?)(\s*)$/s, `$1[$2](${r.href})$3`)
        : r.text,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
