import { z } from 'zod';
import { appliedAt, statusSince } from './status-history';
import { VariantId, VariantStatus, type Variant } from './variant-schema';

/** One row of the library list: what the UI shows without loading the tailoring. */
export const VariantSummary = z.object({
  id: VariantId,
  company: z.string(),
  role: z.string(),
  status: VariantStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
  template: z.string(),
  pageTarget: z.number().int(),
  postingUrl: z.string().nullable(),
  exports: z.number().int(),
  lastExportAt: z.string().nullable(),
  /** 0-100 from the scorer against the master; null when nothing computed it (no posting, or no scorer wired in). */
  matchRate: z.number().min(0).max(100).nullable(),
  /** Base name of the file in the library folder. */
  fileName: z.string(),
  /** Token of the bytes read; hand it back when saving to detect a change on disk in between. */
  revision: z.string(),
  /** Set when the file was written by an older schema and migrated in memory (it is rewritten on the next save). */
  migratedFrom: z.number().int().nullable(),
  /** The tracker's columns: when it reached its status, when it was first sent, and the application's own fields. */
  statusSince: z.string(),
  appliedAt: z.string().nullable(),
  location: z.string(),
  salary: z.string(),
  contact: z.string(),
  nextStep: z.string(),
  nextStepDue: z.string().nullable(),
  /** Kept as it was sent (it no longer follows the master). */
  pinned: z.boolean(),
  /** Exports with a frozen copy in the library. */
  snapshots: z.number().int(),
});
export type VariantSummary = z.infer<typeof VariantSummary>;

/** A file in the library that could not be read as a variant; it is reported and never written to. */
export const UnreadableVariantFile = z.object({ fileName: z.string(), reason: z.string() });
export type UnreadableVariantFile = z.infer<typeof UnreadableVariantFile>;

/** What listing a library returns. Older copies of a variant (see variant-files.ts) are named, not listed. */
export const VariantListing = z.object({
  variants: z.array(VariantSummary),
  unreadable: z.array(UnreadableVariantFile),
  superseded: z.array(
    z.object({
      fileName: z.string(),
      id: VariantId,
      /** The file's save counter; the listed copy has a higher one (or the same and a later update). */
      revision: z.number().int(),
      /**
       * false for a name Tailor would not have written (e.g. "… (conflicted copy).variant.json" from a sync tool):
       * possibly another machine's edits, so it is kept and worth showing to the person.
       */
      canonicalName: z.boolean(),
    }),
  ),
});
export type VariantListing = z.infer<typeof VariantListing>;

export const VariantSearchHit = VariantSummary.extend({
  score: z.number(),
  matchedIn: z.array(z.enum(['company', 'role', 'notes', 'posting'])),
  snippet: z.string().nullable(),
});
export type VariantSearchHit = z.infer<typeof VariantSearchHit>;

/** Why a library operation was refused; the UI shows `error` and picks its wording or action from `code`. */
export const StoreErrorCode = z.enum(['not-found', 'conflict', 'unreadable', 'invalid', 'io']);
export type StoreErrorCode = z.infer<typeof StoreErrorCode>;

export function summarizeVariant(
  v: Variant,
  file: { fileName: string; revision: string; migratedFrom: number | null },
  matchRate: number | null = null,
): VariantSummary {
  const last = v.exportHistory.reduce<string | null>((acc, e) => (acc === null || e.at > acc ? e.at : acc), null);
  return {
    id: v.id,
    company: v.company,
    role: v.role,
    status: v.status,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    template: v.template,
    pageTarget: v.pageTarget,
    postingUrl: v.posting.url ?? null,
    exports: v.exportHistory.length,
    lastExportAt: last,
    matchRate,
    fileName: file.fileName,
    revision: file.revision,
    migratedFrom: file.migratedFrom,
    statusSince: statusSince(v),
    appliedAt: appliedAt(v),
    location: v.application.location,
    salary: v.application.salary,
    contact: v.application.contact.name,
    nextStep: v.application.nextStep.text,
    nextStepDue: v.application.nextStep.due,
    pinned: v.pinned !== null,
    snapshots: v.exportHistory.filter((e) => e.snapshot).length,
  };
}

/** Newest first by the instant, not the text: "10:00+02:00" is earlier than "09:00Z". Ties fall back to the id. */
export function byUpdatedDesc(a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
