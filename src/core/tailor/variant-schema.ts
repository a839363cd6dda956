import { z } from 'zod';
import { MAX_POSTING_CHARS, POSTING_TOO_LONG } from '../job/posting-limits';
import { ItemId, RichText } from '../resume/schema';

/** The version this code writes. Older files are migrated on read (migrate-variant.ts); newer ones are refused. */
export const VARIANT_SCHEMA_VERSION = 3;

/** Short, lower-case and free of separators, so it can sit inside a file name without escaping. */
export const VariantId = z
  .string()
  .regex(/^[a-z0-9]{4,32}$/, 'must be 4 to 32 lower-case letters or digits (e.g. "k3j9x2m4qp")');
export type VariantId = z.infer<typeof VariantId>;

/**
 * A template is named, never located: the name is looked up inside templates/ (or a user templates folder), so a
 * variant file or an API call cannot make the app open "/etc/hostname", "/dev/zero" or a UNC path on another host.
 */
export const TemplateId = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9-]{1,40}$/,
    'must be a template name like "classic" (up to 40 lower-case letters, digits and dashes), not a path',
  );
export type TemplateId = z.infer<typeof TemplateId>;

export const VariantStatus = z.enum(['draft', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn']);
export type VariantStatus = z.infer<typeof VariantStatus>;

const IsoTime = z.iso.datetime({ offset: true, error: 'must be an ISO date-time like 2026-03-01T10:00:00.000Z' });

export const Posting = z
  .object({
    // A pasted posting may be 2 MB of text (a whole careers page); the analysis caps what it reads, the variant keeps it all.
    text: z.string().max(MAX_POSTING_CHARS, POSTING_TOO_LONG).default(''),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/i, 'must start with http:// or https://')
      .optional(),
  })
  .strict();
export type Posting = z.infer<typeof Posting>;

/**
 * A bullet reworded for this job. `masterText` is the master bullet's plain text when the rewording was made:
 * if the master bullet changes later, the two differ and the rewording is flagged as possibly stale.
 */
export const Rewording = z
  .object({
    text: RichText,
    masterText: z.string().max(20_000, 'must be at most 20,000 characters'),
  })
  .strict();
export type Rewording = z.infer<typeof Rewording>;

const Keyword = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** Corrections to what the scorer extracted from the posting: the person knows the job better than the tf-idf does. */
export const KeywordOverrides = z
  .object({
    added: z.array(Keyword).max(500, 'must have at most 500 keywords').default([]),
    removed: z.array(Keyword).max(500, 'must have at most 500 keywords').default([]),
    boosted: z.array(Keyword).max(500, 'must have at most 500 keywords').default([]),
  })
  .strict();
export type KeywordOverrides = z.infer<typeof KeywordOverrides>;

/** Id lists and maps: a resume has hundreds of items at most; these bounds keep a variant file readable. */
const Ids = z.array(ItemId).max(10_000, 'must have at most 10,000 ids');
const byId = <T extends z.ZodType>(value: T) =>
  z.record(ItemId, value).refine((r) => Object.keys(r).length <= 10_000, 'must have at most 10,000 entries');

export const HiddenItems = z
  .object({
    sections: Ids.default([]),
    entries: Ids.default([]),
    bullets: Ids.default([]),
  })
  .strict();
export type HiddenItems = z.infer<typeof HiddenItems>;

/**
 * Which choices the person made by hand. Auto-tailor rewrites everything else and leaves these alone,
 * so re-running it for an edited posting never undoes a deliberate move or toggle.
 */
export const ManualChoices = z
  .object({
    sectionOrder: z.boolean().default(false),
    /** Section ids whose entry order was set by hand. */
    entryOrder: Ids.default([]),
    /** Entry ids whose bullet order was set by hand. */
    bulletOrder: Ids.default([]),
    /** Section, entry and bullet ids whose shown/hidden state was set by hand. */
    visibility: Ids.default([]),
  })
  .strict();
export type ManualChoices = z.infer<typeof ManualChoices>;

/**
 * Orders hold every id the variant knew about when it was last reconciled with the master, shown or hidden;
 * an id of the master missing from them is therefore new since then.
 */
export const Tailoring = z
  .object({
    sectionOrder: Ids.default([]),
    /** section id -> entry ids in order */
    entryOrder: byId(Ids).default({}),
    /** entry id -> bullet ids in order */
    bulletOrder: byId(Ids).default({}),
    hidden: HiddenItems.default({ sections: [], entries: [], bullets: [] }),
    /** bullet id -> rewording; kept even after the master bullet is deleted (reported as orphaned) */
    rewording: byId(Rewording).default({}),
    keywords: KeywordOverrides.default({ added: [], removed: [], boosted: [] }),
    manual: ManualChoices.default({ sectionOrder: false, entryOrder: [], bulletOrder: [], visibility: [] }),
  })
  .strict();
export type Tailoring = z.infer<typeof Tailoring>;

// png is the page preview `tailor export` can also write; recorded so the history shows every file that left the app.
export const ExportFormat = z.enum(['pdf', 'docx', 'png', 'txt']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportRecord = z
  .object({
    at: IsoTime,
    format: ExportFormat,
    template: z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    /** The base name only: where the person saved it is their business, and paths break when folders move. */
    fileName: z.string().min(1, 'must not be empty').max(255, 'must be at most 255 characters'),
  })
  .strict();
export type ExportRecord = z.infer<typeof ExportRecord>;

export const Variant = z
  .object({
    schemaVersion: z.literal(VARIANT_SCHEMA_VERSION, { error: `must be ${VARIANT_SCHEMA_VERSION}` }),
    id: VariantId,
    /** Save counter: goes up by one on every save; breaks ties between two files of one id after a crash mid-rename. */
    revision: z.number().int().min(0),
    // Generous on purpose: a pasted name is kept as typed; the file name and the UI shorten it, not the data.
    company: z.string().trim().max(1000, 'must be at most 1,000 characters'),
    role: z.string().trim().max(1000, 'must be at most 1,000 characters'),
    posting: Posting.default({ text: '' }),
    status: VariantStatus.default('draft'),
    notes: z.string().max(100_000, 'must be at most 100,000 characters').default(''),
    createdAt: IsoTime,
    updatedAt: IsoTime,
    template: TemplateId.default('classic'),
    /** Pages the exported resume should fit on. */
    pageTarget: z.number().int().min(1).max(10).default(1),
    tailoring: Tailoring.default(() => Tailoring.parse({})),
    exportHistory: z.array(ExportRecord).max(10_000, 'must have at most 10,000 exports').default([]),
  })
  .strict();
export type Variant = z.infer<typeof Variant>;
/** What a variant file may hold before defaults are applied. */
export type VariantInput = z.input<typeof Variant>;
