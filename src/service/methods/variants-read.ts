import { z } from 'zod';
import { Resume } from '../../core/resume/schema';
import { ReconcileReport, reconcileVariant } from '../../core/tailor/reconcile-variant';
import { VariantId, type Variant } from '../../core/tailor/variant-schema';
import {
  VariantListing,
  VariantSearchHit,
  VariantSummary,
  UnreadableVariantFile,
} from '../../core/tailor/variant-summary';
import { diffVariants as diff, VariantDiff } from '../../core/tailor/diff-variants';
import { getVariant as get, listVariants as list, searchLibrary } from '../../node/variant-store';
import { listTrash as trash } from '../../node/variant-trash';
import { defineMethod } from '../define-method';
import { readMaster } from '../master-resume';
import { StoredVariantOut } from '../stored-variant-schema';
import { unwrap } from '../store-result';
import { masterFor } from '../variant-master';
import { OrphanedChoiceReport, orphanedChoicesReport } from '../../core/tailor/orphaned-choices';

/** The library, newest first, with each variant's match rate; with a query, the search hits best first. */
export const listVariants = defineMethod({
  // matchRate: false skips scoring (a large library lists faster); the rates read null.
  input: z.object({ query: z.string().max(500).default(''), matchRate: z.boolean().default(true) }).strict(),
  output: VariantListing.extend({
    variants: z.array(VariantSearchHit.partial({ score: true, matchedIn: true, snippet: true })),
  }),
  async run({ query, matchRate }, ctx) {
    const master = matchRate ? await readMaster(ctx).catch(() => null) : null;
    const { matchRateAgainst, matchRateKey } = await import('../../node/variant-match-rate');
    const opts = master ? { matchRate: matchRateAgainst(master), rateKey: matchRateKey(master) } : {};
    if (query.trim()) {
      const found = await searchLibrary(ctx.libraryDir, query, opts);
      return { variants: found.hits, unreadable: found.unreadable, superseded: [] };
    }
    return list(ctx.libraryDir, opts);
  },
});

export const getVariant = defineMethod({
  input: z.object({ id: VariantId }).strict(),
  output: StoredVariantOut.extend({
    report: ReconcileReport,
    orphaned: z.array(OrphanedChoiceReport),
    /** For an application kept as it was sent: the master it is frozen on (the app shows and edits it against that). */
    frozenMaster: Resume.nullable(),
  }),
  async run({ id }, ctx) {
    const stored = unwrap(await get(ctx.libraryDir, id));
    // Brought up to date with the master now, so the UI edits what the master has (new bullets, gone bullets reported).
    // A kept application is brought up to date with its frozen master instead: master edits do not reach it.
    const master = await masterFor(ctx, stored.variant);
    const { variant, report } = reconcileVariant(master, stored.variant);
    return {
      ...stored,
      variant,
      report,
      orphaned: orphanedChoicesReport(master, variant),
      frozenMaster: stored.variant.pinned ? master : null,
    };
  },
});

export const listTrash = defineMethod({
  input: z.object({}).strict(),
  output: z.object({ variants: z.array(VariantSummary), unreadable: z.array(UnreadableVariantFile) }),
  async run(_input, ctx) {
    return trash(ctx.libraryDir);
  },
});

const Side = z.union([z.literal('master'), VariantId]);

export const diffVariants = defineMethod({
  input: z.object({ a: Side, b: Side }).strict(),
  output: VariantDiff,
  async run({ a, b }, ctx) {
    const master = await readMaster(ctx);
    const side = async (s: string) =>
      s === 'master' ? ('master' as const) : unwrap(await get(ctx.libraryDir, s)).variant;
    const [va, vb] = [await side(a), await side(b)];
    // A kept application is compared as it reads: on its frozen master, the other side on its own.
    const own = async (v: Variant | 'master') => (v !== 'master' && v.pinned ? masterFor(ctx, v) : master);
    return diff(master, va, vb, { a: await own(va), b: await own(vb) });
  },
});

/** The master with a saved variant applied: the resume that variant sends (`tailor variants show --applied`). */
export const tailoredResume = defineMethod({
  input: z.object({ id: VariantId }).strict(),
  output: z.object({ resume: Resume }),
  async run({ id }, ctx) {
    const stored = unwrap(await get(ctx.libraryDir, id));
    const { applyVariant } = await import('../../core/tailor/apply-variant');
    return { resume: applyVariant(await masterFor(ctx, stored.variant), stored.variant).resume };
  },
});
