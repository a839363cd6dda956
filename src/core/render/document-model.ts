import { z } from 'zod';

/**
 * The layout-neutral document both writers read: what is said and how it is grouped, with no positions.
 * A run carries emphasis and an optional link target; a run with no url is plain text (placeholder links).
 */
export const DocRun = z
  .object({
    text: z.string().min(1),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    url: z.string().optional(),
  })
  .strict();
export type DocRun = z.infer<typeof DocRun>;

/** A line of an entry: runs on the left, an optional right-aligned part (a date, a location, links). */
export const DocRow = z
  .object({
    role: z.enum(['title', 'subtitle', 'meta']),
    left: z.array(DocRun),
    right: z.array(DocRun).default([]),
  })
  .strict();
export type DocRow = z.infer<typeof DocRow>;

export const DocBullet = z.object({ id: z.string(), runs: z.array(DocRun).min(1) }).strict();
export type DocBullet = z.infer<typeof DocBullet>;

export const DocEntry = z
  .object({
    type: z.literal('entry'),
    id: z.string(),
    rows: z.array(DocRow),
    /** The entry's description paragraph, between its title lines and its bullets. */
    description: z.array(DocRun).optional(),
    bullets: z.array(DocBullet),
  })
  .strict();
export type DocEntry = z.infer<typeof DocEntry>;

/** A free paragraph: the summary, or one skills line ("Languages: C, C++, CUDA"). */
export const DocParagraph = z
  .object({ type: z.literal('paragraph'), id: z.string(), runs: z.array(DocRun).min(1) })
  .strict();
export type DocParagraph = z.infer<typeof DocParagraph>;

export const DocBlock = z.discriminatedUnion('type', [DocEntry, DocParagraph]);
export type DocBlock = z.infer<typeof DocBlock>;

export const DocSection = z
  .object({ id: z.string(), kind: z.string(), heading: z.string(), blocks: z.array(DocBlock) })
  .strict();
export type DocSection = z.infer<typeof DocSection>;

export const ResumeDocument = z
  .object({
    header: z
      .object({
        name: z.string(),
        headline: z.string().optional(),
        /** Phone, email (mailto:), location and links, in that order. */
        contact: z.array(DocRun),
      })
      .strict(),
    sections: z.array(DocSection),
    meta: z
      .object({ title: z.string(), author: z.string(), subject: z.string(), keywords: z.array(z.string()) })
      .strict(),
  })
  .strict();
export type ResumeDocument = z.infer<typeof ResumeDocument>;
