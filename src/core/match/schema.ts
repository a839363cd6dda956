import { z } from 'zod';
import { Keyword, PostingSectionKind } from '../job/schema';
import { SkillKind } from '../skills/schema';

/** exact: the keyword as written; alias: another name for the same skill (k8s); stem: an inflection; related: a related skill. */
export const MatchKind = z.enum(['exact', 'alias', 'stem', 'related']);
export type MatchKind = z.infer<typeof MatchKind>;

export const MatchSpan = z.object({
  /** The posting keyword this evidence is for. */
  term: z.string(),
  /** Character range in the line's plain text, end exclusive. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: MatchKind,
  /** Score points this match adds; a line's contributions sum to its score. Repeats of a keyword add 0. */
  contribution: z.number().min(0),
  /** For a related match, the skill the text names (CUDA for "GPU programming"). */
  via: z.string().optional(),
  /** When `term` is a skill folded into a posting keyword (INT4 in "Quantization"), that keyword. */
  keyword: z.string().optional(),
});
export type MatchSpan = z.infer<typeof MatchSpan>;

/** Which posting keyword a resume line covers and how fully (1 exact/alias, 0.85 stem, less for related). */
export const Coverage = z.object({
  keyword: z.number().int().min(0),
  factor: z.number().min(0).max(1),
  kind: MatchKind,
  /** For related coverage, the skill the line names. */
  via: z.string().optional(),
});
export type Coverage = z.infer<typeof Coverage>;

/** Score points a bullet gets from its entry's title and tech line (no span: the words are not in the bullet). */
export const ContextContribution = z.object({ term: z.string(), contribution: z.number().min(0) });

export const LineScore = z.object({
  score: z.number().min(0).max(100),
  matches: z.array(MatchSpan),
  /** Coverage of the line's own words (context never counts toward the match rate). */
  coverage: z.array(Coverage),
  context: z.array(ContextContribution),
});
export type LineScore = z.infer<typeof LineScore>;

export const BulletScore = LineScore.extend({
  bulletId: z.string(),
  sectionId: z.string(),
  entryId: z.string(),
  /** The bullet's plain text (markup removed); match spans index into it. */
  text: z.string(),
});
export type BulletScore = z.infer<typeof BulletScore>;

/** An entry's tech line or heading, or a skill group, scored as one line (items joined by ", "): printed on the resume, so it counts toward the match rate like a bullet. */
export const ItemScore = LineScore.extend({
  id: z.string(),
  /** tech: an entry's tech line; heading: its title and organization ("ML Engineer Intern, Acme"); skills: a skill group with its label; summary: the resume's summary (owner "summary") or an entry's description paragraph. */
  source: z.enum(['tech', 'heading', 'skills', 'summary']),
  /** The entry (tech line, heading, description), skill group, or "summary" for the resume's summary. */
  ownerId: z.string(),
  sectionId: z.string().optional(),
  text: z.string(),
});
export type ItemScore = z.infer<typeof ItemScore>;

export const EntryScore = z.object({
  entryId: z.string(),
  sectionId: z.string(),
  title: z.string(),
  score: z.number().min(0).max(100),
});
export type EntryScore = z.infer<typeof EntryScore>;

export const SectionScore = z.object({
  sectionId: z.string(),
  kind: z.string(),
  title: z.string(),
  score: z.number().min(0).max(100),
});
export type SectionScore = z.infer<typeof SectionScore>;

export const MissingKeyword = z.object({
  term: z.string(),
  weight: z.number(),
  kind: SkillKind,
  /** missing: nothing shows it; weak: only a related skill does. */
  status: z.enum(['missing', 'weak']),
  /** Where in the posting it comes from. */
  section: PostingSectionKind,
  heading: z.string().nullable(),
  /** For a weak keyword, the related skill that partly covers it. */
  via: z.string().optional(),
  /** For a weak keyword, what partly covers it, in words ("only Go, a related skill"). */
  reason: z.string().optional(),
});
export type MissingKeyword = z.infer<typeof MissingKeyword>;

/** One part of the match rate as a recruiter reads it. */
export const BreakdownPartKind = z.enum([
  'hard_skills',
  'tools',
  'credentials',
  'soft_skills',
  'job_title',
  'education',
  'years',
]);
export type BreakdownPartKind = z.infer<typeof BreakdownPartKind>;

export const BreakdownPart = z.object({
  part: BreakdownPartKind,
  label: z.string(),
  /** 0..100: how much of this part the shown lines cover (literal in full, related partly, as the headline). */
  share: z.number().min(0).max(100),
  /** 0..100: covered in the resume's own words (exact, alias or an inflection). */
  literal: z.number().min(0).max(100),
  /** 0..100: covered only through a related skill (before the related discount). */
  related: z.number().min(0).max(100),
  /** Its weight in the headline match rate (0..1; the parts that count sum to 1); 0 for parts shown beside it. */
  weightInRate: z.number().min(0).max(1),
  items: z.array(
    z.object({
      term: z.string(),
      weight: z.number().min(0),
      status: z.enum(['literal', 'related', 'missing']),
      via: z.string().optional(),
    }),
  ),
  /** For job title, education and years: what the posting asks and what the resume shows, in words. */
  detail: z.string().optional(),
});
export type BreakdownPart = z.infer<typeof BreakdownPart>;

export const MatchRate = z.object({
  /** 0..100: weighted share of the posting's top keywords the enabled lines cover. */
  matchRate: z.number().min(0).max(100),
  missing: z.array(MissingKeyword),
  /** How many of the top keywords were considered. */
  considered: z.number().int().min(0),
  /** The headline split into hard skills, tools, credentials, soft skills, job title, education and years. */
  breakdown: z.array(BreakdownPart).optional(),
  /** How the headline counts, in one line. */
  rateNote: z.string().optional(),
});
export type MatchRate = z.infer<typeof MatchRate>;

export const ResumeScore = MatchRate.extend({
  keywords: z.array(Keyword),
  bullets: z.array(BulletScore),
  items: z.array(ItemScore),
  entries: z.array(EntryScore),
  sections: z.array(SectionScore),
});
export type ResumeScore = z.infer<typeof ResumeScore>;

/** What is shown: the enabled bullet ids (all when absent) and hidden entries, sections and skill groups. */
export const Visibility = z.object({
  enabledBulletIds: z.set(z.string()).optional(),
  hiddenEntryIds: z.set(z.string()).optional(),
  hiddenSectionIds: z.set(z.string()).optional(),
  hiddenSkillGroupIds: z.set(z.string()).optional(),
});
export type Visibility = z.infer<typeof Visibility>;

const ids = z.array(z.string()).optional();
/** Visibility as plain JSON (arrays), for IPC and HTTP payloads; parses into Visibility's sets. */
export const VisibilityJson = z
  .object({ enabledBulletIds: ids, hiddenEntryIds: ids, hiddenSectionIds: ids, hiddenSkillGroupIds: ids })
  .transform((v): Visibility => {
    const out: Visibility = {};
    if (v.enabledBulletIds) out.enabledBulletIds = new Set(v.enabledBulletIds);
    if (v.hiddenEntryIds) out.hiddenEntryIds = new Set(v.hiddenEntryIds);
    if (v.hiddenSectionIds) out.hiddenSectionIds = new Set(v.hiddenSectionIds);
    if (v.hiddenSkillGroupIds) out.hiddenSkillGroupIds = new Set(v.hiddenSkillGroupIds);
    return out;
  });
