import { z } from 'zod';
import type { Resume } from '../core/resume/schema';
import { plainText } from '../core/resume/rich-text';
import type { Decision, DecisionReason } from '../core/tailor/auto-tailor';
import type { Variant } from '../core/tailor/variant-schema';
import { ServiceError } from './define-method';
import { AutoTailorReason } from './methods/auto-tailor';
import type { ServiceContext } from './service-context';

/**
 * Why a bullet is shown or hidden in an export: auto-tailor's own reasons, and three it does not give.
 * - section-hidden: its whole section is hidden;
 * - as-saved: the variant shows (or hides) it where auto-tailor, run now, would not, and no manual choice explains
 *   it (the variant was tailored against an older master or posting, or never auto-tailored);
 * - no-posting: the variant has no posting to score against.
 */
const BulletReason = z.enum([...AutoTailorReason.options, 'section-hidden', 'as-saved', 'no-posting']);
export type BulletReason = z.infer<typeof BulletReason>;

const BulletLine = z.object({
  id: z.string(),
  /** As this variant words it. */
  text: z.string(),
  /** 0-100 against the variant's posting; null without a posting. */
  score: z.number().nullable(),
  reason: BulletReason,
});
export type BulletLine = z.infer<typeof BulletLine>;

export const BulletsReport = z.object({ shown: z.array(BulletLine), hidden: z.array(BulletLine) });
export type BulletsReport = z.infer<typeof BulletsReport>;

/** Compiles only while every auto-tailor reason is one the export can report. */
const fromDecision = (r: DecisionReason): BulletReason => r;

/**
 * Every bullet of the master, shown or hidden in this export, with its score and the reason from auto-tailor's
 * decisions (run now with the same recipe and page fit the export uses). `shown` is in document order.
 */
export async function exportBullets(
  ctx: ServiceContext,
  master: Resume,
  variant: Variant,
  rendered: Resume,
  opts: { fit: boolean },
): Promise<BulletsReport> {
  const { applyVariant } = await import('../core/tailor/apply-variant');
  // Texts in this variant's wording, hidden ones included.
  const allShown = applyVariant(master, {
    ...variant,
    tailoring: { ...variant.tailoring, hidden: { sections: [], entries: [], bullets: [] } },
  }).resume;
  const text = new Map(
    allShown.sections.flatMap((s) =>
      s.entries.flatMap((e) => e.bullets.map((b) => [b.id, plainText(b.text)] as const)),
    ),
  );
  let decisions: Map<string, Decision> | null = null;
  if (variant.posting.text.trim()) {
    const { autoTailorRecipe } = await import('./auto-tailor-recipe');
    try {
      const r = await autoTailorRecipe(ctx, master, variant, { fit: opts.fit });
      decisions = new Map(r.decisions.filter((d) => d.kind === 'bullet').map((d) => [d.id, d]));
    } catch (e) {
      // A posting with no recognizable words scores nothing: report as if there were none.
      if (!(e instanceof ServiceError)) throw e;
    }
  }
  const t = variant.tailoring;
  const manual = new Set(t.manual.visibility);
  const hiddenSections = new Set(t.hidden.sections);
  const hiddenEntries = new Set(t.hidden.entries);
  const shownIds = rendered.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id)));
  const shownSet = new Set(shownIds);

  const line = (id: string, shown: boolean, where: { section: string; entry: string }): BulletLine => {
    const d = decisions?.get(id);
    const score = d?.score ?? null;
    const base = { id, text: text.get(id) ?? '', score };
    if (!decisions) return { ...base, reason: manual.has(id) ? 'manual' : 'no-posting' };
    if (d && (d.action === 'keep') === shown) return { ...base, reason: fromDecision(d.reason) };
    if (!shown && hiddenSections.has(where.section))
      return { ...base, reason: manual.has(where.section) ? 'manual' : 'section-hidden' };
    const chosen = manual.has(id) || (!shown && hiddenEntries.has(where.entry) && manual.has(where.entry));
    return { ...base, reason: chosen ? 'manual' : 'as-saved' };
  };
  const where = new Map(
    allShown.sections.flatMap((s) =>
      s.entries.flatMap((e) => e.bullets.map((b) => [b.id, { section: s.id, entry: e.id }] as const)),
    ),
  );
  const hidden = [...text.keys()].filter((id) => !shownSet.has(id));
  return {
    shown: shownIds.map((id) => line(id, true, where.get(id)!)),
    hidden: hidden.map((id) => line(id, false, where.get(id)!)),
  };
}
