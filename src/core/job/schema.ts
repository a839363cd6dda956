import { z } from 'zod';
import { SkillKind } from '../skills/schema';

/** Where in a posting a line sits; its weight says how much a keyword found there counts. */
export const PostingSectionKind = z.enum([
  'title',
  'intro',
  'responsibilities',
  'requirements',
  'preferred',
  'about_company',
  'benefits',
  'eeo',
  'other',
]);
export type PostingSectionKind = z.infer<typeof PostingSectionKind>;

export const PostingSection = z.object({
  kind: PostingSectionKind,
  /** The heading as written, or null for text before the first heading. */
  heading: z.string().nullable(),
  weight: z.number().min(0).max(1),
  /** Character range in the analyzed text (end exclusive). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type PostingSection = z.infer<typeof PostingSection>;

export const Keyword = z.object({
  term: z.string().min(1),
  /** Stemmed, lower-case key that bullets are matched on; for a taxonomy skill its id. */
  key: z.string().min(1),
  kind: SkillKind,
  /** 0..1, the top keyword is 1. */
  weight: z.number().min(0).max(1),
  /** The weight scoring uses: as weight, but one of a long list of alternatives ("such as A, B, C, D or E") counts less. */
  evidenceWeight: z.number().min(0).max(1),
  count: z.number().int().min(1),
  /**
   * In a score: the weight a matching line actually gets for it (evidenceWeight raised to the scoring exponent,
   * list discounts included; 0 when it is too minor to score). Absent from a bare analysis.
   */
  usedWeight: z.number().min(0).max(1).optional(),
  skillId: z.string().optional(),
  /** Related skills named with it on the same lines and folded into it ("Quantization" with FP8 and INT4); a resume line showing one of them shows this keyword. */
  members: z
    .array(
      z.object({ term: z.string(), skillId: z.string(), /** its evidence weight */ weight: z.number().min(0).max(1) }),
    )
    .optional(),
  /** The section kinds it appears in, the weightiest first. */
  sections: z.array(PostingSectionKind).min(1),
  /** The heading of the weightiest section it appears in. */
  heading: z.string().nullable(),
  /** Where its first occurrence in the weightiest section is, for highlighting the posting. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Keyword = z.infer<typeof Keyword>;

export const AnalyzedPosting = z.object({
  /** The posting as analyzed: normalized (same length as what was pasted) and possibly truncated (see notes). */
  text: z.string(),
  sections: z.array(PostingSection),
  keywords: z.array(Keyword),
  wordCount: z.number().int().min(0),
  notes: z.array(z.string()),
});
export type AnalyzedPosting = z.infer<typeof AnalyzedPosting>;

export const AnalyzeResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), posting: AnalyzedPosting }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AnalyzeResult = z.infer<typeof AnalyzeResult>;
