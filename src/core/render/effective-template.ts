import type { DocRow, DocRun } from './document-model';
import type { Template } from './template-schema';

/** How far page fitting has shrunk a template: 1 is the template as written. */
export interface FitScale {
  spacing: number;
  font: number;
}

export const NO_SCALE: FitScale = { spacing: 1, font: 1 };

/** A DOCX states lengths in twentieths of a point (twips): spacing and indents are laid out at that grain. */
export const toTwip = (n: number) => Math.round(n * 20) / 20;
/** ...and font sizes in half points. */
const toHalfPoint = (n: number) => Math.round(n * 2) / 2;
const round = toTwip;

/**
 * The template with spacing and font sizes scaled for page fitting; both writers draw from this. Sizes are rounded
 * to what a DOCX can state (half points; spacing to twips), also unscaled: a 9.75 pt size would be written as 10 pt
 * in the DOCX and then break its lines and pages where the PDF's do not.
 */
export function scaleTemplate(t: Template, s: FitScale): Template {
  const sizes = Object.fromEntries(
    Object.entries(t.sizes).map(([k, v]) => [k, toHalfPoint(v * s.font)]),
  ) as Template['sizes'];
  const sp = t.spacing;
  return {
    ...t,
    sizes,
    spacing: {
      ...sp,
      afterName: round(sp.afterName * s.spacing),
      afterHeader: round(sp.afterHeader * s.spacing),
      beforeHeading: round(sp.beforeHeading * s.spacing),
      afterHeading: round(sp.afterHeading * s.spacing),
      betweenEntries: round(sp.betweenEntries * s.spacing),
      afterEntryLines: round(sp.afterEntryLines * s.spacing),
      betweenBullets: round(sp.betweenBullets * s.spacing),
      // Indents follow the font size, not the spacing, so the bullet stays where the text expects it.
      bulletIndent: round(sp.bulletIndent * s.font),
      bulletHang: round(sp.bulletHang * s.font),
    },
  };
}

/**
 * A heading in the template's case. Small caps are drawn by the writers from mixed case, so a heading typed in
 * capitals ("EXPERIENCE") is first turned into title case, or small caps would look like plain capitals.
 */
export function headingText(t: Template, heading: string): string {
  if (t.heading.case === 'upper') return heading.toUpperCase();
  if (t.heading.case === 'small-caps' && heading === heading.toUpperCase()) return titleCase(heading);
  return heading;
}

const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && MINOR.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** With inline dates the right-hand part follows the left, after a separator; with right dates it is tabbed over. */
export function rowParts(t: Template, row: DocRow): { left: DocRun[]; right: DocRun[] } {
  if (t.dateAlign === 'right' || !row.right.length || !row.left.length) return { left: row.left, right: row.right };
  return { left: [...row.left, { text: ' | ' }, ...row.right], right: [] };
}
