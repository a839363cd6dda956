import type { AutoTailorResult } from '../core/tailor/auto-tailor';
import type { Resume } from '../core/resume/schema';
import type { Variant } from '../core/tailor/variant-schema';
import { ServiceError } from './define-method';
import type { ServiceContext } from './service-context';

export interface RecipeOptions {
  /** Bullets scoring below this are hidden (0-100; default 0: none on score alone). */
  threshold?: number;
  /** Keep at least n bullets of a shown entry, or hide the entry (default 2). */
  keepPerEntry?: number;
  /** Hide the lowest-scored bullets until the variant's page target fits (default true). */
  fit?: boolean;
}

/**
 * THE auto-tailor: every shell (the app's button, a new variant, `tailor variants auto`, `tailor export --posting`)
 * comes here, so one variant and posting get one order everywhere. The person's keyword overrides count; bullets
 * are scored in the variant's wording with everything shown (what a bullet says decides its place, not whether it
 * is shown now), sections rank by their best bullets, and the page fit is the renderer's own layout.
 */
export async function autoTailorRecipe(
  ctx: ServiceContext,
  master: Resume,
  variant: Variant,
  opts: RecipeOptions = {},
): Promise<AutoTailorResult & { decisions: (AutoTailorResult['decisions'][number] & { text?: string })[] }> {
  const [
    { analyzePosting, scoreResume, withKeywordOverrides },
    { applyVariant },
    { autoTailor },
    { scoreSkills },
    { groupItems },
  ] = await Promise.all([
    import('../core/match'),
    import('../core/tailor/apply-variant'),
    import('../core/tailor/auto-tailor'),
    import('../core/match/skill-scores'),
    import('../core/tailor/skills-tailoring'),
  ]);
  if (!variant.posting.text.trim()) throw new ServiceError('paste a posting first: the posting is empty');
  const analyzed = analyzePosting(variant.posting.text);
  if (!analyzed.ok) throw new ServiceError(`paste a posting first: ${analyzed.error}`);
  const posting = withKeywordOverrides(analyzed.posting, variant.tailoring.keywords);
  const allShown = {
    ...variant,
    tailoring: { ...variant.tailoring, hidden: { sections: [], entries: [], bullets: [] } },
  };
  const score = scoreResume(posting, applyVariant(master, allShown).resume);
  const bulletScores = Object.fromEntries(score.bullets.map((b) => [b.bulletId, b.score]));
  let fits: ((r: Resume) => boolean) | undefined;
  if (opts.fit ?? true) {
    const { fitsPages, renderRequestFor } = await import('./render-variant');
    fits = fitsPages(await renderRequestFor(ctx, master, variant));
  }
  // Skills are scored as this variant has them: the master's plus the ones the person added here.
  const skillScores = scoreSkills(
    posting,
    master.skills.map((g) => ({ ...g, items: groupItems(g, variant.tailoring.skills.added) })),
  );
  const result = autoTailor(master, variant, {
    bulletScores,
    skillScores,
    ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
    ...(opts.keepPerEntry !== undefined ? { keepPerEntry: opts.keepPerEntry } : {}),
    ...(fits ? { fits } : {}),
  });
  // Each bullet decision carries its text (as this variant words it), so a report reads without the master.
  const texts = new Map(score.bullets.map((b) => [b.bulletId, b.text]));
  return {
    ...result,
    decisions: result.decisions.map((d) => (texts.has(d.id) ? { ...d, text: texts.get(d.id)! } : d)),
  };
}
