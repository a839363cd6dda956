import { z } from 'zod';
import { Resume } from '../../core/resume/schema';
import { LibraryInsight } from '../../core/tailor/insight';
import { ResumeChanges } from '../../core/tailor/resume-changes';
import { SnapshotMeta } from '../../core/tailor/snapshot-schema';
import { SnapshotPath, VariantId, VariantStatus, type Variant } from '../../core/tailor/variant-schema';
import { getVariant as get, updateVariant } from '../../node/variant-store';
import { defineMethod, ServiceError } from '../define-method';
import { readMaster } from '../master-resume';
import { StoredVariantOut } from '../stored-variant-schema';
import { unwrap } from '../store-result';
import { masterFor } from '../variant-master';

const Text = (max: number) => z.string().trim().max(max);

/** The tracker's fields of one application; each is changed only when given. */
export const updateApplication = defineMethod({
  input: z
    .object({
      id: VariantId,
      expectedRevision: z.string().optional(),
      status: VariantStatus.optional(),
      /** The job posting's address; "" clears it. */
      url: z
        .string()
        .trim()
        .max(2000)
        .regex(/^(https?:\/\/\S+)?$/i, 'must start with http:// or https://')
        .optional(),
      location: Text(300).optional(),
      salary: Text(200).optional(),
      contact: z
        .object({ name: Text(300), email: Text(300), phone: Text(100) })
        .partial()
        .strict()
        .optional(),
      nextStep: z
        .object({ text: Text(1000), due: z.iso.date({ error: 'must be a date like 2026-03-14' }).nullable() })
        .partial()
        .strict()
        .optional(),
    })
    .strict(),
  output: StoredVariantOut,
  async run({ id, expectedRevision, status, url, location, salary, contact, nextStep }, ctx) {
    const change = (v: Variant): Variant => {
      const posting = { ...v.posting };
      if (url !== undefined) {
        if (url) posting.url = url;
        else delete posting.url;
      }
      const a = v.application;
      return {
        ...v,
        posting,
        status: status ?? v.status,
        application: {
          location: location ?? a.location,
          salary: salary ?? a.salary,
          contact: { ...a.contact, ...contact },
          nextStep: { ...a.nextStep, ...nextStep },
        },
      };
    };
    return unwrap(
      await updateVariant(ctx.libraryDir, id, change, expectedRevision !== undefined ? { expectedRevision } : {}),
    );
  },
});

/** The tracker as CSV (RFC 4180, safe to open in a spreadsheet), newest first; `tailor variants export-csv`. */
export const trackerCsv = defineMethod({
  input: z.object({ status: VariantStatus.optional(), matchRate: z.boolean().default(true) }).strict(),
  output: z.object({ csv: z.string(), rows: z.number().int() }),
  async run({ status, matchRate }, ctx) {
    const [{ listVariants }, { trackerCsv: toCsv }] = await Promise.all([
      import('../../node/variant-store'),
      import('../../core/tailor/tracker-csv'),
    ]);
    const master = matchRate ? await readMaster(ctx).catch(() => null) : null;
    const { matchRateAgainst, matchRateKey } = await import('../../node/variant-match-rate');
    const listing = await listVariants(
      ctx.libraryDir,
      master ? { matchRate: matchRateAgainst(master), rateKey: matchRateKey(master) } : {},
    );
    const rows = status ? listing.variants.filter((v) => v.status === status) : listing.variants;
    return { csv: toCsv(rows), rows: rows.length };
  },
});

async function snapshotOf(ctx: Parameters<typeof readMaster>[0], id: string, snapshot: string) {
  const stored = unwrap(await get(ctx.libraryDir, id));
  const record = stored.variant.exportHistory.find((e) => e.snapshot === snapshot);
  if (!record) throw new ServiceError(`variant ${id} has no snapshot "${snapshot}"`, 'not-found');
  const { readSnapshotMeta } = await import('../../node/variant-snapshots');
  const meta = await readSnapshotMeta(ctx.libraryDir, snapshot);
  if (!meta.ok) throw new ServiceError(meta.error, 'unreadable');
  return { stored, record, meta: meta.value };
}

/** One frozen export: what it said, the master of then, template, fonts and date; with `file`, the bytes too. */
export const getSnapshot = defineMethod({
  input: z.object({ id: VariantId, snapshot: SnapshotPath, file: z.boolean().default(false) }).strict(),
  output: z.object({
    meta: SnapshotMeta,
    /** Where it is on this disk (to open it with the system's viewer). */
    path: z.string(),
    /** The bytes still hash to what was recorded when it was sent. */
    intact: z.boolean(),
    dataBase64: z.string().nullable(),
  }),
  async run({ id, snapshot, file }, ctx) {
    const { meta, record } = await snapshotOf(ctx, id, snapshot);
    const { readSnapshotFile, resolveSnapshot } = await import('../../node/variant-snapshots');
    const bytes = await readSnapshotFile(ctx.libraryDir, snapshot, record.sha256);
    return {
      meta,
      path: resolveSnapshot(ctx.libraryDir, snapshot) ?? '',
      intact: bytes.ok,
      dataBase64: file && bytes.ok ? Buffer.from(bytes.value).toString('base64') : null,
    };
  },
});

/** What was sent against what the variant would send now: bullets added, removed, reworded or moved since. */
export const compareSnapshot = defineMethod({
  input: z.object({ id: VariantId, snapshot: SnapshotPath }).strict(),
  output: z.object({ then: Resume, now: Resume, changes: ResumeChanges, sentAt: z.string() }),
  async run({ id, snapshot }, ctx) {
    const { stored, meta } = await snapshotOf(ctx, id, snapshot);
    const [{ applyVariant }, { resumeChanges }] = await Promise.all([
      import('../../core/tailor/apply-variant'),
      import('../../core/tailor/resume-changes'),
    ]);
    const now = applyVariant(await masterFor(ctx, stored.variant), stored.variant).resume;
    return { then: meta.resolved, now, changes: resumeChanges(meta.resolved, now), sentAt: meta.at };
  },
});

const Impact = z.object({
  id: VariantId,
  company: z.string(),
  role: z.string(),
  status: VariantStatus,
  changes: ResumeChanges,
});

/**
 * Before a master is saved: the applications already sent (status applied or later, not kept as they were) whose
 * resume the new master would change. The app asks, for each, "apply it here, or keep this application as it was".
 * Drafts are not listed: they follow the master, as they always have.
 */
export const masterChangeImpact = defineMethod({
  input: z.object({ master: Resume }).strict(),
  output: z.object({ affected: z.array(Impact) }),
  async run({ master: next }, ctx) {
    const [{ readVariantFolder }, { applyVariant }, { resumeChanges, hasChanges }] = await Promise.all([
      import('../../node/variant-files'),
      import('../../core/tailor/apply-variant'),
      import('../../core/tailor/resume-changes'),
    ]);
    const current = await readMaster(ctx).catch(() => null);
    if (!current) return { affected: [] };
    const folder = await readVariantFolder(ctx.libraryDir);
    const affected: z.input<typeof Impact>[] = [];
    for (const { variant: v } of folder.variants) {
      if (v.status === 'draft' || v.pinned) continue;
      const changes = resumeChanges(applyVariant(current, v).resume, applyVariant(next, v).resume);
      if (hasChanges(changes)) affected.push({ id: v.id, company: v.company, role: v.role, status: v.status, changes });
    }
    return { affected };
  },
});

/**
 * keep: true pins the application to the master it was sent with (the last export's snapshot, or a frozen copy of
 * the master as it is now when it was never exported), so later master edits leave it alone. keep: false lets it
 * follow the master again ("apply it here").
 */
export const keepAsSent = defineMethod({
  input: z.object({ id: VariantId, keep: z.boolean(), expectedRevision: z.string().optional() }).strict(),
  output: StoredVariantOut,
  async run({ id, keep, expectedRevision }, ctx) {
    const opts = expectedRevision !== undefined ? { expectedRevision } : {};
    if (!keep) return unwrap(await updateVariant(ctx.libraryDir, id, (v) => ({ ...v, pinned: null }), opts));
    const stored = unwrap(await get(ctx.libraryDir, id));
    if (stored.variant.pinned) return stored;
    const { readPinnedMaster, writeFrozenMaster } = await import('../../node/variant-snapshots');
    const at = new Date().toISOString();
    const last = [...stored.variant.exportHistory].reverse().find((e) => e.snapshot);
    let pinned: Variant['pinned'] = null;
    if (last?.snapshot && (await readPinnedMaster(ctx.libraryDir, `${last.snapshot}.json`)).ok)
      pinned = { master: `${last.snapshot}.json`, at, from: 'snapshot' };
    else {
      const master = await readMaster(ctx);
      pinned = { master: await writeFrozenMaster(ctx.libraryDir, id, master, at), at, from: 'master' };
    }
    return unwrap(await updateVariant(ctx.libraryDir, id, (v) => ({ ...v, pinned }), opts));
  },
});

/** Gives an orphaned choice (or rewording) a home on a master bullet, by hand. */
export const reattachChoice = defineMethod({
  input: z
    .object({
      id: VariantId,
      from: z.string().min(1).max(200),
      to: z.string().min(1).max(200),
      expectedRevision: z.string().optional(),
    })
    .strict(),
  output: StoredVariantOut,
  async run({ id, from, to, expectedRevision }, ctx) {
    const stored = unwrap(await get(ctx.libraryDir, id));
    const master = await masterFor(ctx, stored.variant);
    const { reattachChoice: reattach } = await import('../../core/tailor/orphaned-choices');
    const { reconcileVariant } = await import('../../core/tailor/reconcile-variant');
    const base = reconcileVariant(master, stored.variant).variant;
    let next: Variant;
    try {
      next = reattach(master, base, from, to);
    } catch (e) {
      throw new ServiceError((e as Error).message, 'bad-input');
    }
    const { saveVariant } = await import('../../node/variant-store');
    return unwrap(await saveVariant(ctx.libraryDir, next, { expectedRevision: expectedRevision ?? stored.revision }));
  },
});

/** Across every saved posting: what the master lacks, the bullets that matter most, those that never help. */
export const libraryInsight = defineMethod({
  input: z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
  output: LibraryInsight,
  async run({ limit }, ctx) {
    const master = await readMaster(ctx);
    const { libraryInsight: insight } = await import('../../node/library-insight');
    return insight(ctx.libraryDir, master, { limit });
  },
});

/** A line being written (a master bullet), scored against every saved posting as it is typed: best first. */
export const scoreAcrossPostings = defineMethod({
  input: z.object({ text: z.string().max(5000) }).strict(),
  output: z.object({
    scores: z.array(
      z.object({
        variantId: VariantId,
        company: z.string(),
        role: z.string(),
        score: z.number(),
        terms: z.array(z.string()),
      }),
    ),
  }),
  async run({ text }, ctx) {
    const { scoreAcrossPostings: score } = await import('../../node/library-insight');
    return { scores: text.trim() ? await score(ctx.libraryDir, text) : [] };
  },
});
