import { z } from 'zod';
import { MAX_POSTING_CHARS, POSTING_TOO_LONG } from '../../core/job/posting-limits';
import type { NewVariantFields } from '../../core/tailor/new-variant';
import { TemplateId, Variant, VariantId, VariantStatus } from '../../core/tailor/variant-schema';
import {
  createVariant as create,
  duplicateVariant as duplicate,
  renameVariant as rename,
  saveVariant as save,
} from '../../node/variant-store';
import { deleteVariant as del, restoreVariant as restore } from '../../node/variant-trash';
import { defineMethod } from '../define-method';
import { readMaster } from '../master-resume';
import { StoredVariantOut } from '../stored-variant-schema';
import { unwrap } from '../store-result';
import { masterFor } from '../variant-master';

const Name = z.string().trim().max(1000);

/** What a new variant starts from; createVariant and createTailoredVariant share it. */
export const NewVariantInput = z
  .object({
    company: Name.default(''),
    role: Name.default(''),
    postingText: z.string().max(MAX_POSTING_CHARS, POSTING_TOO_LONG).default(''),
    url: z.string().trim().max(2000).optional(),
    notes: z.string().max(100_000).optional(),
    template: TemplateId.optional(),
    pageTarget: z.number().int().min(1).max(10).optional(),
    status: VariantStatus.optional(),
  })
  .strict();

export function newVariantFields(input: z.output<typeof NewVariantInput>): NewVariantFields {
  return {
    company: input.company,
    role: input.role,
    posting: { text: input.postingText, ...(input.url ? { url: input.url } : {}) },
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.template ? { template: input.template } : {}),
    ...(input.pageTarget ? { pageTarget: input.pageTarget } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
}

export const createVariant = defineMethod({
  input: NewVariantInput,
  output: StoredVariantOut,
  async run(input, ctx) {
    const master = await readMaster(ctx);
    return unwrap(await create(ctx.libraryDir, master, newVariantFields(input)));
  },
});

/**
 * Saves the open variant. `expectedRevision` is the token the window last read or wrote: if the file changed on
 * disk since, the save is refused with code "conflict" and nothing is written; the UI asks the person what to do.
 */
export const saveVariant = defineMethod({
  input: z.object({ variant: Variant, expectedRevision: z.string().nullable() }).strict(),
  output: StoredVariantOut,
  async run({ variant, expectedRevision }, ctx) {
    return unwrap(await save(ctx.libraryDir, await withChoiceTexts(ctx, variant), { expectedRevision }));
  },
});

/**
 * A newly hidden bullet's words are remembered with the choice, so that if an import later gives the master new ids
 * the orphaned choice can still be named and matched to its new bullet (orphaned-choices.ts). Reads the master only
 * when a hidden bullet has no remembered words yet.
 */
async function withChoiceTexts(ctx: Parameters<typeof readMaster>[0], variant: Variant): Promise<Variant> {
  if (variant.tailoring.hidden.bullets.every((id) => variant.choiceTexts[id] !== undefined)) return variant;
  const master = await masterFor(ctx, variant).catch(() => null);
  if (!master) return variant;
  const { keepOrphanedChoices } = await import('../../core/tailor/orphaned-choices');
  return keepOrphanedChoices(master, variant, variant);
}

export const duplicateVariant = defineMethod({
  input: z.object({ id: VariantId, company: Name.optional(), role: Name.optional() }).strict(),
  output: StoredVariantOut,
  async run({ id, ...changes }, ctx) {
    return unwrap(await duplicate(ctx.libraryDir, id, changes));
  },
});

export const renameVariant = defineMethod({
  input: z
    .object({ id: VariantId, company: Name.optional(), role: Name.optional(), expectedRevision: z.string().optional() })
    .strict(),
  output: StoredVariantOut,
  async run({ id, expectedRevision, ...changes }, ctx) {
    return unwrap(
      await rename(ctx.libraryDir, id, changes, expectedRevision !== undefined ? { expectedRevision } : {}),
    );
  },
});

export const deleteVariant = defineMethod({
  input: z.object({ id: VariantId }).strict(),
  output: z.object({ id: VariantId, fileNames: z.array(z.string()) }),
  async run({ id }, ctx) {
    return unwrap(await del(ctx.libraryDir, id));
  },
});

export const restoreVariant = defineMethod({
  input: z.object({ id: VariantId }).strict(),
  output: z.object({ id: VariantId, fileName: z.string() }),
  async run({ id }, ctx) {
    return unwrap(await restore(ctx.libraryDir, id));
  },
});

/** Deletes the trashed variants for good (`tailor variants empty-trash`). */
export const emptyTrash = defineMethod({
  input: z.object({}).strict(),
  output: z.object({ removed: z.array(z.string()) }),
  async run(_input, ctx) {
    const { emptyTrash: empty } = await import('../../node/variant-trash');
    return unwrap(await empty(ctx.libraryDir));
  },
});
