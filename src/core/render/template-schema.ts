import { z } from 'zod';

/** Points (1/72 in); every length in a template is in points so the PDF and DOCX writers read the same numbers. */
const Pt = z.number().min(0).max(200);
const Size = z.number().min(4).max(72);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');
const FontFile = z
  .string()
  .min(1)
  .regex(
    /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\.ttf$/,
    'must be a .ttf file inside templates/fonts, like "lato/Lato_400Regular.ttf"',
  )
  .refine((f) => !f.split('/').includes('..'), 'must stay inside templates/fonts');

export const PAGE_SIZES = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
} as const;

export const TemplateFonts = z
  .object({
    /** The family name written into the DOCX, so Word finds the installed font by name. */
    family: z.string().min(1),
    regular: FontFile,
    bold: FontFile,
    italic: FontFile,
    boldItalic: FontFile,
  })
  .strict();
export type TemplateFonts = z.infer<typeof TemplateFonts>;

export const Template = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
    label: z.string().min(1),
    description: z.string().default(''),
    page: z
      .object({
        size: z.enum(['letter', 'a4']),
        margins: z.object({ top: Pt, right: Pt, bottom: Pt, left: Pt }).strict(),
      })
      .strict(),
    fonts: TemplateFonts,
    sizes: z
      .object({
        name: Size,
        headline: Size,
        contact: Size,
        heading: Size,
        entryTitle: Size,
        body: Size,
        meta: Size,
      })
      .strict(),
    /** Line height as a multiple of the font size. */
    lineHeight: z.number().min(1).max(2),
    spacing: z
      .object({
        afterName: Pt,
        afterHeader: Pt,
        beforeHeading: Pt,
        afterHeading: Pt,
        betweenEntries: Pt,
        afterEntryLines: Pt,
        betweenBullets: Pt,
        /** Where bullet text starts, from the left margin; the bullet character sits at `bulletHang`. */
        bulletIndent: Pt,
        bulletHang: Pt,
      })
      .strict(),
    header: z.object({ align: z.enum(['left', 'center']), separator: z.string().min(1).max(5) }).strict(),
    heading: z
      .object({
        /** small-caps uses the font's own small capitals (smcp); a font without them gets full-size capitals. */
        case: z.enum(['upper', 'small-caps', 'as-written']),
        bold: z.boolean(),
        rule: z.boolean(),
        ruleWeight: z.number().min(0).max(4),
        /** Extra space between letters in points; kept small so text extraction does not split words. */
        letterSpacing: z.number().min(0).max(1.5),
      })
      .strict(),
    bullet: z.object({ char: z.string().min(1).max(2) }).strict(),
    colors: z.object({ text: Color, name: Color, heading: Color, rule: Color, muted: Color, link: Color }).strict(),
    /** Right: the date sits at the right margin on the title line; inline: after the title, separated. */
    dateAlign: z.enum(['right', 'inline']),
    /**
     * What a link shows: its label, its address in a short form (`linkedin.com/in/x`), or both ("LinkedIn:
     * linkedin.com/in/x"). A text-only ATS never sees a hyperlink's target, so the default prints the address.
     */
    linkText: z.enum(['label', 'address', 'label-and-address']).default('address'),
    /** How an entry's description paragraph (a role's scope, an award's citation, a reference) is set. */
    descriptionStyle: z.enum(['regular', 'italic']).default('regular'),
    /** How far "fit to N pages" may go: spacing first, then every font size in proportion. */
    fit: z
      .object({
        minSpacingScale: z.number().min(0.2).max(1),
        /** Body text never goes below this; under 9.5 pt a printed resume gets hard to read. */
        minBodySize: Size.default(9.5),
      })
      .strict(),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.spacing.bulletHang >= t.spacing.bulletIndent)
      ctx.addIssue({
        code: 'custom',
        path: ['spacing', 'bulletHang'],
        message: 'must be less than spacing.bulletIndent',
      });
    const { width } = PAGE_SIZES[t.page.size];
    if (t.page.margins.left + t.page.margins.right > width * 0.6)
      ctx.addIssue({
        code: 'custom',
        path: ['page', 'margins'],
        message: 'leave at least 60% of the page width for text',
      });
  });
export type Template = z.infer<typeof Template>;

/** The smallest body size fitting may use: the template's floor, or its body size when that is already smaller. */
export function bodyFloor(t: Template): number {
  return Math.min(t.fit.minBodySize, t.sizes.body);
}

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The bytes of a template's four TTF faces; the node side reads them, the writers only see bytes. */
export type FontBytes = Record<FontStyle, Uint8Array>;

export type ParseTemplateResult = { ok: true; template: Template } | { ok: false; error: string; problems: string[] };

export function parseTemplate(value: unknown): ParseTemplateResult {
  const r = Template.safeParse(value);
  if (r.success) return { ok: true, template: r.data };
  const problems = r.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  return { ok: false, error: `${problems.length} problem(s) in the template`, problems };
}

export function pageBox(t: Template): { width: number; height: number; contentWidth: number; contentHeight: number } {
  const { width, height } = PAGE_SIZES[t.page.size];
  const m = t.page.margins;
  return { width, height, contentWidth: width - m.left - m.right, contentHeight: height - m.top - m.bottom };
}
