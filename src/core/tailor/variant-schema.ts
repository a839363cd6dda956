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
 * The summary reworded for this job, with the master summary it was written against (as bullet rewordings keep
 * theirs): when the master summary changes later, the two differ and the rewording is flagged as possibly stale.
 */
export const SummaryRewording = z
  .object({
    text: z.string().trim().min(1, 'must not be empty').max(20_000, 'must be at most 20,000 characters'),
    masterText: z.string().max(20_000, 'must be at most 20,000 characters'),
  })
  .strict();
export type SummaryRewording = z.infer<typeof SummaryRewording>;

/** A skill as the person typed it ("CUDA", "Wound care"); skills have no ids, so the text is the key. */
const SkillItem = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');
const SkillItems = z.array(SkillItem).max(1000, 'must have at most 1,000 skills');

/** A skill the person confirmed they have ("do you have this skill?"), added to one group of this variant only. */
export const AddedSkill = z.object({ groupId: ItemId, item: SkillItem }).strict();
export type AddedSkill = z.infer<typeof AddedSkill>;

/**
 * Skill groups tailored for this job. Orders hold what the variant knew about, as the section orders do. Only the
 * person hides skills (a toggle, or "trim" by relevance); auto-tailor only orders, and only what is not manual.
 */
export const SkillsTailoring = z
  .object({
    groupOrder: Ids.default([]),
    /** group id -> its items (the master's and the added ones) in order */
    itemOrder: byId(SkillItems).default({}),
    hiddenGroups: Ids.default([]),
    /** group id -> items not shown */
    hiddenItems: byId(SkillItems).default({}),
    added: z.array(AddedSkill).max(1000, 'must have at most 1,000 added skills').default([]),
    manual: z
      .object({
        groupOrder: z.boolean().default(false),
        /** Group ids whose item order was set by hand. */
        itemOrder: Ids.default([]),
      })
      .strict()
      .default({ groupOrder: false, itemOrder: [] }),
  })
  .strict();
export type SkillsTailoring = z.infer<typeof SkillsTailoring>;

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
    /** The summary as this variant words it; null prints the master's. */
    summary: SummaryRewording.nullable().default(null),
    skills: SkillsTailoring.default(() => SkillsTailoring.parse({})),
  })
  .strict();
export type Tailoring = z.infer<typeof Tailoring>;

/**
 * Relative to the library, forward slashes, inside snapshots/: a variant file cannot point the app at a file
 * elsewhere on the disk.
 */
export const SnapshotPath = z
  .string()
  .max(400, 'must be at most 400 characters')
  .regex(
    /^snapshots\/[a-z0-9]{4,32}\/[A-Za-z0-9][A-Za-z0-9 ._()-]*$/,
    'must be a path inside the library like "snapshots/<id>/<file>"',
  )
  .refine((p) => !p.includes('..'), 'must not contain ".."');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');

/** One dated status change: the tracker's timeline. */
export const StatusChange = z.object({ status: VariantStatus, at: IsoTime }).strict();
export type StatusChange = z.infer<typeof StatusChange>;

const Short = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).default('');
const IsoDate = z.iso.date({ error: 'must be a date like 2026-03-14' });

/** What a job tracker keeps beside the resume: where, how much, who, and what happens next (and by when). */
export const Application = z
  .object({
    location: Short(300),
    /** Free text on purpose ("€55–62k", "$38–44/h + shift differential"): pay is written many ways across professions. */
    salary: Short(200),
    contact: z
      .object({ name: Short(300), email: Short(300), phone: Short(100) })
      .strict()
      .default({ name: '', email: '', phone: '' }),
    nextStep: z
      .object({ text: Short(1000), due: IsoDate.nullable().default(null) })
      .strict()
      .default({ text: '', due: null }),
  })
  .strict();
export type Application = z.infer<typeof Application>;

/**
 * The variant keeps showing the resume as it was (an application already sent) instead of following the master:
 * `master` is a frozen copy of the master, relative to the library, and the variant's own tailoring still applies
 * to it, so the sent view reads exactly as it did and the variant stays editable. null: it follows the master.
 */
export const PinnedMaster = z
  .object({
    master: SnapshotPath,
    at: IsoTime,
    /** Where the frozen master came from: the last export's snapshot, or a copy of the master made when pinning. */
    from: z.enum(['snapshot', 'master']),
  })
  .strict();
export type PinnedMaster = z.infer<typeof PinnedMaster>;

/**
 * A choice (hidden) about a bullet the master no longer has (an import gave every bullet a new id, or it was
 * deleted). Kept, listed and re-attachable by hand; restored by itself if a bullet of that id comes back.
 */
export const OrphanedChoice = z
  .object({
    bulletId: ItemId,
    /** The bullet's plain text when the choice was last seen against it ('' if never known). */
    text: z.string().max(20_000),
    hidden: z.boolean(),
    since: IsoTime,
  })
  .strict();
export type OrphanedChoice = z.infer<typeof OrphanedChoice>;

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
    /** The frozen copy of what was sent, relative to the library ("snapshots/<id>/<stamp>-<name>.pdf"); see variant-snapshots.ts. */
    snapshot: SnapshotPath.optional(),
    /** sha256 of the exported bytes, hex: the snapshot and the file sent must both hash to it. */
    sha256: Sha256.optional(),
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
    statusHistory: z.array(StatusChange).max(10_000, 'must have at most 10,000 entries').default([]),
    application: Application.default(() => Application.parse({})),
    pinned: PinnedMaster.nullable().default(null),
    /** Plain text of the bullets a choice was made about, so an orphaned choice can still be named. */
    choiceTexts: byId(z.string().max(20_000)).default({}),
    orphanedChoices: z.array(OrphanedChoice).max(10_000, 'must have at most 10,000 entries').default([]),
  })
  .strict();
export type Variant = z.infer<typeof Variant>;
