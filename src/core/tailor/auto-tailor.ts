import type { Resume, Section } from '../resume/schema';
import { applyTailoring } from './apply-variant';
import { reconcileVariant } from './reconcile-variant';
import { scoreOf, type ScoreInput } from './score-input';
import type { Tailoring, Variant } from './variant-schema';

export interface AutoTailorInput {
  /** bullet id -> 0-100, from the scorer. */
  bulletScores: ScoreInput;
  /** section id -> 0-100; when absent a section scores the mean of its best three bullets. */
  sectionScores?: ScoreInput;
  /** Bullets scoring below this are hidden (default 0: none are, on score alone). */
  threshold?: number;
  /** Auto-tailor never hides an entry's last `keepPerEntry` bullets (default 1): an entry with no bullets reads as a mistake. */
  keepPerEntry?: number;
  /**
   * Whether this section may move (the template's say). Default: sections that hold bullets; skills and education
   * keep the slot the person gave them, since "relevance" of a degree says little. Fixed sections keep their slots.
   */
  canMoveSection?: (section: Section) => boolean;
  /**
   * Page fit, supplied by the caller (the renderer counts pages; this module does not import it). Assumed monotone:
   * hiding more never makes a resume longer.
   */
  fits?: (resume: Resume) => boolean;
}

export interface AutoTailorResult {
  variant: Variant;
  /** Bullets hidden to meet the page target, beyond those under the threshold. */
  hiddenToFit: string[];
  /** null when no `fits` was given; false when even hiding every candidate did not fit. */
  fits: boolean | null;
}

/**
 * Orders bullets by score, hides weak ones, then hides the lowest-scored until the page target fits, and orders
 * sections by relevance. Everything the person chose by hand (manual provenance) is left exactly as it was, so
 * re-running after editing the posting never undoes them; a bullet they reworded is never auto-hidden.
 */
export function autoTailor(master: Resume, variant: Variant, input: AutoTailorInput): AutoTailorResult {
  const t: Tailoring = structuredClone(reconcileVariant(master, variant, input.bulletScores).variant.tailoring);
  const score = (id: string) => scoreOf(input.bulletScores, id) ?? 0;
  const manualVisibility = new Set(t.manual.visibility);
  // A bullet the person reworded for this job is one they mean to send: auto-tailor never hides it.
  const keepShown = new Set([...manualVisibility, ...Object.keys(t.rewording)]);
  const keep = Math.max(0, input.keepPerEntry ?? 1);

  for (const s of master.sections)
    for (const e of s.entries) {
      const order = t.bulletOrder[e.id] ?? [];
      // Stable sort: equal scores keep the master's (or the person's) order.
      if (t.manual.bulletOrder.includes(e.id)) continue;
      t.bulletOrder[e.id] = order
        .map((id, i) => ({ id, i }))
        .sort((a, b) => score(b.id) - score(a.id) || a.i - b.i)
        .map((x) => x.id);
    }

  // Auto visibility is recomputed from scratch; manual toggles stay.
  const hidden = new Set(t.hidden.bullets.filter((id) => manualVisibility.has(id)));
  const threshold = input.threshold ?? 0;
  for (const s of master.sections)
    for (const e of s.entries) {
      const visible = (t.bulletOrder[e.id] ?? []).filter((id) => !hidden.has(id));
      const candidates = visible
        .filter((id) => !keepShown.has(id) && score(id) < threshold)
        .sort((a, b) => score(a) - score(b));
      const room = Math.max(0, visible.length - keep);
      for (const id of candidates.slice(0, room)) hidden.add(id);
    }
  t.hidden.bullets = [...hidden];

  if (!t.manual.sectionOrder) t.sectionOrder = orderSections(master, t, input);

  let fits: boolean | null = null;
  let hiddenToFit: string[] = [];
  if (input.fits) {
    const result = hideUntilFits(master, t, input.fits, keepShown, keep, score);
    fits = result.fits;
    hiddenToFit = result.hidden;
    t.hidden.bullets = [...t.hidden.bullets, ...hiddenToFit];
  }
  return { variant: { ...variant, tailoring: t }, hiddenToFit, fits };
}

/** Movable sections with a score trade places by score; fixed or unscored ones (skills, education) keep their slots. */
function orderSections(master: Resume, t: Tailoring, input: AutoTailorInput): string[] {
  const byId = new Map(master.sections.map((s) => [s.id, s]));
  const sectionScore = (s: Section): number | undefined => {
    const given = scoreOf(input.sectionScores, s.id);
    if (given !== undefined) return given;
    const scored = s.entries
      .flatMap((e) => e.bullets.map((b) => scoreOf(input.bulletScores, b.id)))
      .filter((x): x is number => x !== undefined);
    if (!scored.length) return undefined;
    const best = scored.sort((a, b) => b - a).slice(0, 3);
    return best.reduce((a, b) => a + b, 0) / best.length;
  };
  const movable = t.sectionOrder.filter((id) => {
    const s = byId.get(id);
    return s !== undefined && (input.canMoveSection ?? holdsBullets)(s) && sectionScore(s) !== undefined;
  });
  const scoreOfId = (id: string) => {
    const s = byId.get(id);
    return s ? (sectionScore(s) ?? 0) : 0;
  };
  const ranked = [...movable].sort((a, b) => scoreOfId(b) - scoreOfId(a) || movable.indexOf(a) - movable.indexOf(b));
  let next = 0;
  return t.sectionOrder.map((id) => (movable.includes(id) ? (ranked[next++] ?? id) : id));
}

function holdsBullets(s: Section): boolean {
  return s.entries.some((e) => e.bullets.length > 0);
}

/** Binary search over "hide the k lowest-scored candidates": log2(n) page counts instead of n. */
function hideUntilFits(
  master: Resume,
  t: Tailoring,
  fits: (r: Resume) => boolean,
  keepShown: Set<string>,
  keep: number,
  score: (id: string) => number,
): { fits: boolean; hidden: string[] } {
  const hiddenNow = new Set(t.hidden.bullets);
  const hiddenSections = new Set(t.hidden.sections);
  const hiddenEntries = new Set(t.hidden.entries);
  const candidates: { id: string; entryId: string; at: number }[] = [];
  let at = 0;
  const visibleLeft = new Map<string, number>();
  for (const s of master.sections) {
    if (hiddenSections.has(s.id)) continue;
    for (const e of s.entries) {
      if (hiddenEntries.has(e.id)) continue;
      const visible = (t.bulletOrder[e.id] ?? []).filter((id) => !hiddenNow.has(id));
      visibleLeft.set(e.id, visible.length);
      for (const id of visible) if (!keepShown.has(id)) candidates.push({ id, entryId: e.id, at: at++ });
    }
  }
  candidates.sort((a, b) => score(a.id) - score(b.id) || b.at - a.at);
  // Respect keepPerEntry: walk the lowest first and skip any that would empty its entry below the floor.
  const eligible: string[] = [];
  for (const c of candidates) {
    const left = visibleLeft.get(c.entryId) ?? 0;
    if (left <= keep) continue;
    visibleLeft.set(c.entryId, left - 1);
    eligible.push(c.id);
  }
  const tryK = (k: number) =>
    fits(
      applyTailoring(master, {
        ...t,
        hidden: { ...t.hidden, bullets: [...t.hidden.bullets, ...eligible.slice(0, k)] },
      }),
    );
  if (tryK(0)) return { fits: true, hidden: [] };
  if (!tryK(eligible.length)) return { fits: false, hidden: eligible };
  let lo = 0; // does not fit
  let hi = eligible.length; // fits
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (tryK(mid)) hi = mid;
    else lo = mid;
  }
  return { fits: true, hidden: eligible.slice(0, hi) };
}
