import { z } from 'zod';
import { MAX_POSTING_CHARS, POSTING_TOO_LONG } from '../../core/job/posting-limits';
import { TemplateId, Variant, VariantId, VariantStatus } from '../../core/tailor/variant-schema';
import { defineMethod, ServiceError } from '../define-method';
import { StoredVariantOut } from '../stored-variant-schema';
import { unwrap } from '../store-result';

/** The fields a person may set by name (`tailor variants save --set key=value`); the tailoring goes by `variant`. */
const Fields = z
  .object({
    company: z.string().trim().max(1000),
    role: z.string().trim().max(1000),
    status: VariantStatus,
    notes: z.string().max(100_000),
    /** An empty URL removes it. */
    url: z.string().trim().max(2000),
    template: TemplateId,
    pageTarget: z.number().int().min(1).max(10),
  })
  .partial()
  .strict();

/**
 * Changes a stored variant in one read-change-save: replace it with an edited copy (`variant`, e.g. the output of
 * `tailor variants show --json` edited by hand), set fields, replace the posting text, in that order. The save
 * checks `expectedRevision` (the revision the edit was based on) or else the revision just read, so a change on
 * disk in between is a conflict, never a lost update.
 */
export const updateVariant = defineMethod({
  input: z
    .object({
      id: VariantId,
      variant: Variant.optional(),
      set: Fields.default({}),
      postingText: z.string().max(MAX_POSTING_CHARS, POSTING_TOO_LONG).optional(),
      expectedRevision: z.string().optional(),
    })
    .strict(),
  output: StoredVariantOut,
  async run({ id, variant, set, postingText, expectedRevision }, ctx) {
    if (variant && variant.id !== id) throw new ServiceError(`the variant given is ${variant.id}, not ${id}`);
    const { updateVariant: update } = await import('../../node/variant-store');
    const changed = await update(
      ctx.libraryDir,
      id,
      (current) => {
        const next = variant ? structuredClone(variant) : current;
        const { url, pageTarget, ...named } = set;
        Object.assign(next, named);
        if (pageTarget !== undefined) next.pageTarget = pageTarget;
        if (url !== undefined) {
          if (url) next.posting = { ...next.posting, url };
          else delete next.posting.url;
        }
        if (postingText !== undefined) next.posting = { ...next.posting, text: postingText };
        return next;
      },
      expectedRevision !== undefined ? { expectedRevision } : {},
    );
    return unwrap(changed);
  },
});
