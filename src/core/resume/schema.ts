import { z } from 'zod';
import { groupDigits } from '../format-count';

/** Stable ids are stored in the file so variants can refer to sections, entries and bullets across edits. */
export const ItemId = z
  .string()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be lower-case letters, digits and single dashes (e.g. "experience-1")');
export type ItemId = z.infer<typeof ItemId>;

// Kept fields are small (a photo URL, a score). Deep nesting is what turned a 27 KB master into an 18 MB file once
// indented, above what the reader accepts; these bounds keep every master that validates writable and readable.
const EXTRA_MAX_DEPTH = 20;
const EXTRA_MAX_CHARS = 100_000;

/** Nesting depth of a JSON value, counted without recursion and given up past `limit` (so no stack overflow). */
function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d);
    if (max > limit) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** A bullet is a sentence or two; ten thousand characters is pages of it. */
export const RICH_TEXT_MAX_CHARS = 10_000;

/**
 * Fields an imported file had that Tailor keeps but does not edit or render (e.g. JSON Resume's `image` or a
 * course list's `score`), so that exporting back to that format loses nothing.
 */
export const Extra = z
  .record(z.string(), z.unknown())
  .refine((v) => depthOf(v, EXTRA_MAX_DEPTH) <= EXTRA_MAX_DEPTH, `must nest at most ${EXTRA_MAX_DEPTH} levels deep`)
  .refine(
    (v) => depthOf(v, EXTRA_MAX_DEPTH) > EXTRA_MAX_DEPTH || JSON.stringify(v).length <= EXTRA_MAX_CHARS,
    `must be at most ${groupDigits(EXTRA_MAX_CHARS)} characters as JSON`,
  );

/** Field lengths: generous for any real resume, and what keeps a saved master under the 5 MB the reader accepts. */
const text = (max: number) => z.string().max(max, `must be at most ${groupDigits(max)} characters`);
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, `must have at most ${groupDigits(max)} items`);

const nonEmpty = (what = 'must not be empty', max = 1000) => text(max).trim().min(1, what);

/** One run of inline text; bold and italic are kept as flags, never as raw asterisks. */
export const TextRun = z
  .object({
    text: text(RICH_TEXT_MAX_CHARS).min(1, 'must not be empty'),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
  })
  .strict();
export type TextRun = z.infer<typeof TextRun>;

export const RichText = list(TextRun, 500)
  .refine((runs) => runs.some((r) => r.text.trim().length > 0), 'must not be empty')
  .refine(
    (runs) => runs.reduce((n, r) => n + r.text.length, 0) <= RICH_TEXT_MAX_CHARS,
    `must be at most ${groupDigits(RICH_TEXT_MAX_CHARS)} characters`,
  );
export type RichText = z.infer<typeof RichText>;

/** URL is optional: a label like "LinkedIn" with no address yet is still worth keeping. */
export const Link = z
  .object({
    label: nonEmpty(undefined, 300),
    url: text(2048)
      .regex(/^(https?:\/\/|mailto:)\S+$/i, 'must start with http://, https:// or mailto:')
      .optional(),
  })
  .strict();
export type Link = z.infer<typeof Link>;

/** "2025", "2025-02", "2025-02-14" or "present": as precise as the person was, and what JSON Resume uses. */
export const PartialDate = z
  .string()
  .regex(
    /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|present)$/,
    'must be YYYY, YYYY-MM, YYYY-MM-DD or "present"',
  );
export type PartialDate = z.infer<typeof PartialDate>;

export const Basics = z
  .object({
    name: nonEmpty(undefined, 300),
    headline: text(1000).optional(),
    email: text(320)
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address like name@example.com')
      .optional(),
    phone: text(100).optional(),
    location: text(300).optional(),
    links: list(Link, 100).default([]),
    extra: Extra.optional(),
  })
  .strict();
export type Basics = z.infer<typeof Basics>;

export const SkillGroup = z
  .object({
    id: ItemId,
    label: nonEmpty(undefined, 300),
    items: list(nonEmpty(undefined, 300), 1000).min(1, 'must list at least one skill'),
    extra: Extra.optional(),
  })
  .strict();
export type SkillGroup = z.infer<typeof SkillGroup>;

export const Bullet = z
  .object({
    id: ItemId,
    text: RichText,
  })
  .strict();
export type Bullet = z.infer<typeof Bullet>;

export const Entry = z
  .object({
    id: ItemId,
    /** The role, project name or degree; empty only for an untitled group of bullets (e.g. a publications list). */
    title: text(1000).default(''),
    /** Company, institution or publisher. */
    organization: text(1000).optional(),
    location: text(300).optional(),
    start: PartialDate.optional(),
    end: PartialDate.optional(),
    /** The tech line of a project or role, one item per tool. */
    tech: list(nonEmpty(undefined, 300), 500).default([]),
    links: list(Link, 100).default([]),
    /** A short paragraph under the title (a project's description, an award's citation). */
    summary: text(20_000).optional(),
    bullets: list(Bullet, 1000).default([]),
    extra: Extra.optional(),
  })
  .strict();
export type Entry = z.infer<typeof Entry>;

export const SectionKind = z.enum(['experience', 'projects', 'publications', 'education', 'skills', 'custom']);
export type SectionKind = z.infer<typeof SectionKind>;

/** A skills section places the resume's skill groups in the section order; it holds no entries of its own. */
export const Section = z
  .object({
    id: ItemId,
    kind: SectionKind,
    /** The heading as the person wrote it; templates decide its case. */
    title: nonEmpty(undefined, 300),
    entries: list(Entry, 1000).default([]),
    extra: Extra.optional(),
  })
  .strict();
export type Section = z.infer<typeof Section>;

export const RESUME_SCHEMA_VERSION = 1;

export const Resume = z
  .object({
    schemaVersion: z.literal(RESUME_SCHEMA_VERSION, { error: `must be ${RESUME_SCHEMA_VERSION}` }),
    basics: Basics,
    summary: text(20_000).optional(),
    skills: list(SkillGroup, 500).default([]),
    sections: list(Section, 200).min(1, 'must have at least one section'),
  })
  .strict()
  .superRefine((resume, ctx) => {
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      const where = formatPath(path);
      const first = seen.get(id);
      if (first)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate id "${id}" (also used by ${first})`,
        });
      else seen.set(id, where);
    };
    resume.skills.forEach((g, gi) => claim(g.id, ['skills', gi]));
    resume.sections.forEach((s, si) => {
      claim(s.id, ['sections', si]);
      s.entries.forEach((e, ei) => {
        claim(e.id, ['sections', si, 'entries', ei]);
        e.bullets.forEach((b, bi) => claim(b.id, ['sections', si, 'entries', ei, 'bullets', bi]));
      });
      if (s.kind === 'skills' && s.entries.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['sections', si, 'entries'],
          message: 'a skills section lists the skill groups and must not hold entries',
        });
      s.entries.forEach((e, ei) => {
        if (e.start && e.end && e.end !== 'present' && e.start !== 'present' && e.end < e.start)
          ctx.addIssue({
            code: 'custom',
            path: ['sections', si, 'entries', ei, 'end'],
            message: `must not be before the start date (${e.start})`,
          });
        if (e.start === 'present')
          ctx.addIssue({
            code: 'custom',
            path: ['sections', si, 'entries', ei, 'start'],
            message: 'must be a date; only the end may be "present"',
          });
      });
    });
  });
export type Resume = z.infer<typeof Resume>;
/** What a resume file may hold before defaults are applied. */
export type ResumeInput = z.input<typeof Resume>;

/** `sections[2].entries[0].bullets[1].text` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}
