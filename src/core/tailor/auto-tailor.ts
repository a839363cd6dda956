import type { Resume, Section } from '../resume/schema';
import { applyTailoring } from './apply-variant';
import { reconcileVariant } from './reconcile-variant';
import { scoreOf, type ScoreInput } from './score-input';
import { rankSkills, type SkillScores } from './skills-tailoring';
import type { Tailoring, Variant } from './variant-schema';

export interface AutoTailorInput {
  /** bullet id -> 0-100, from the scorer. */
  bulletScores: ScoreInput;
  /** section id -> 0-100; when absent a section scores the mean of its best three bullets. */
  sectionScores?: ScoreInput;
  /** Bullets scoring below this are hidden (default 0: none are, on score alone). */
  threshold?: number;
  /**
   * A shown entry keeps at least this many bullets (default 2) or, to fit the page, is hidden whole: an entry with
   * one bullet left reads as a leftover. Below the threshold, bullets go only down to this floor.
   */
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
  /** Relevance of skill groups and skills: when given, skills are ordered by it (what the person ordered stays). */
  skillScores?: SkillScores;
}

/** Why auto-tailor did what it did to one item: what the app and `export --json` show beside it. */
export type DecisionReason =
  | 'fits' // shown: among the strongest that fit the page target
  | 'below-threshold' // hidden: scored under the threshold
  | 'to-fit' // hidden: weakest of what could go, to meet the page target
  | 'entry-hidden' // hidden with its entry: the entry's best bullet was weaker than what else would go
  | 'two-bullet-rule' // shown although weaker than a hidden bullet: its entry keeps two bullets or goes whole
  | 'manual' // the person chose it; auto-tailor never overrides a manual choice
  | 'reworded' // reworded for this job, so never hidden
  | 'relevance'; // a section moved by its score

export interface Decision {
  id: string;
  kind: 'section' | 'entry' | 'bullet' | 'skill-group' | 'skill';
  action: 'hide' | 'keep' | 'move';
  /** For a skill: the skill's text (skills have no ids; `id` is its group's). */
  item?: string;
  /** The score that decided it (a bullet's own, an entry's best bullet, a section's relevance); null if unscored. */
  score: number | null;
  reason: DecisionReason;
}

export interface AutoTailorResult {
  variant: Variant;
  /** Bullets hidden to meet the page target, beyond those under the threshold (with their entries' bullets). */
  hiddenToFit: string[];
  /** Entries hidden whole to meet the page target. */
  entriesHiddenToFit: string[];
  /** null when no `fits` was given; false when even hiding every candidate did not fit. */
  fits: boolean | null;
  /** One decision per bullet of a shown entry, per entry hidden, per section moved: the proposal, explained. */
  decisions: Decision[];
}

/** An entry keeps at least this many bullets, or is hidden whole: one lonely bullet reads as a leftover. */
const MIN_SHOWN_BULLETS = 2;

/**
 * PROPOSES a tailoring: orders bullets by score, hides weak ones, then hides the weakest units until the page target
 * fits, and orders sections by relevance. A unit is a bullet of an entry above its two-bullet floor, or a whole entry
 * (scored by its best bullet) once it is at the floor, so a 15-score bullet never outlives a 65 one except by that
 * rule. Everything the person chose by hand (manual provenance) is left exactly as it was, and a bullet they
 * reworded is never auto-hidden. Pure: the caller applies the returned variant as one step (or not).
 */
export function autoTailor(master: Resume, variant: Variant, input: AutoTailorInput): AutoTailorResult {
  const t: Tailoring = structuredClone(reconcileVariant(master, variant, input.bulletScores).variant.tailoring);
  const scoreOrNull = (id: string) => scoreOf(input.bulletScores, id) ?? null;
  const score = (id: string) => scoreOrNull(id) ?? 0;
  const manualVisibility = new Set(t.manual.visibility);
  const reworded = new Set(Object.keys(t.rewording));
  // A bullet the person reworded for this job is one they mean to send: auto-tailor never hides it.
  const keepShown = new Set([...manualVisibility, ...reworded]);
  const keep = Math.max(0, input.keepPerEntry ?? MIN_SHOWN_BULLETS);

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
  t.hidden.entries = t.hidden.entries.filter((id) => manualVisibility.has(id));
  const reasons = new Map<string, DecisionReason>();
  const threshold = input.threshold ?? 0;
  for (const s of master.sections)
    for (const e of s.entries) {
      const visible = (t.bulletOrder[e.id] ?? []).filter((id) => !hidden.has(id));
      const candidates = visible
        .filter((id) => !keepShown.has(id) && score(id) < threshold)
        .sort((a, b) => score(a) - score(b));
      const room = Math.max(0, visible.length - Math.min(keep, visible.length));
      for (const id of candidates.slice(0, room)) {
        hidden.add(id);
        reasons.set(id, 'below-threshold');
      }
    }
  t.hidden.bullets = [...hidden];

  const skillMoves = input.skillScores ? rankSkills(t.skills, input.skillScores) : null;
  if (skillMoves) t.skills = skillMoves.skills;

  const orderBefore = [...t.sectionOrder];
  if (!t.manual.sectionOrder) t.sectionOrder = orderSections(master, t, input);

  let fits: boolean | null = null;
  let hiddenToFit: string[] = [];
  let entriesHiddenToFit: string[] = [];
  if (input.fits) {
    const result = hideUntilFits(master, t, input.fits, { keepShown, manualVisibility, keep, score });
    fits = result.fits;
    hiddenToFit = result.bullets;
    entriesHiddenToFit = result.entries;
    t.hidden.bullets = [...t.hidden.bullets, ...result.bullets.filter((id) => !result.viaEntry.has(id))];
    t.hidden.entries = [...t.hidden.entries, ...result.entries];
    for (const id of result.bullets) reasons.set(id, result.viaEntry.has(id) ? 'entry-hidden' : 'to-fit');
  }
  const decisions = explain(master, t, { reasons, manualVisibility, reworded, scoreOrNull, orderBefore, threshold });
  for (const m of skillMoves?.moves ?? [])
    decisions.push({
      id: m.groupId,
      kind: m.item === undefined ? 'skill-group' : 'skill',
      action: 'move',
      score: m.score,
      reason: 'relevance',
      ...(m.item === undefined ? {} : { item: m.item }),
    });
  return { variant: { ...variant, tailoring: t }, hiddenToFit, entriesHiddenToFit, fits, decisions };
}

function explain(
  master: Resume,
  t: Tailoring,
  c: {
    reasons: Map<string, DecisionReason>;
    manualVisibility: Set<string>;
    reworded: Set<string>;
    scoreOrNull: (id: string) => number | null;
    orderBefore: string[];
    threshold: number;
  },
): Decision[] {
  const out: Decision[] = [];
  const hiddenBullets = new Set(t.hidden.bullets);
  const hiddenEntries = new Set(t.hidden.entries);
  const hiddenSections = new Set(t.hidden.sections);
  // The strongest bullet auto-tailor hid: a kept bullet weaker than it is there only by the two-bullet rule.
  let strongestAutoHidden = -Infinity;
  for (const [id, r] of c.reasons)
    if (r === 'to-fit' || r === 'entry-hidden' || r === 'below-threshold')
      strongestAutoHidden = Math.max(strongestAutoHidden, c.scoreOrNull(id) ?? 0);
  t.sectionOrder.forEach((id, i) => {
    if (c.orderBefore[i] !== id && !t.manual.sectionOrder)
      out.push({ id, kind: 'section', action: 'move', score: null, reason: 'relevance' });
  });
  for (const s of master.sections) {
    if (hiddenSections.has(s.id)) continue;
    for (const e of s.entries) {
      const ids = t.bulletOrder[e.id] ?? e.bullets.map((b) => b.id);
      const entryScores = ids.map((id) => c.scoreOrNull(id)).filter((x): x is number => x !== null);
      const best = entryScores.length ? Math.max(...entryScores) : null;
      if (hiddenEntries.has(e.id)) {
        const manual = c.manualVisibility.has(e.id);
        out.push({ id: e.id, kind: 'entry', action: 'hide', score: best, reason: manual ? 'manual' : 'entry-hidden' });
        if (!manual)
          for (const id of ids) {
            // A bullet the person hid stays their choice, even inside an entry auto-tailor hid.
            const reason = hiddenBullets.has(id) ? (c.reasons.get(id) ?? 'manual') : 'entry-hidden';
            out.push({ id, kind: 'bullet', action: 'hide', score: c.scoreOrNull(id), reason });
          }
        continue;
      }
      for (const id of ids) {
        const sc = c.scoreOrNull(id);
        if (hiddenBullets.has(id)) {
          out.push({ id, kind: 'bullet', action: 'hide', score: sc, reason: c.reasons.get(id) ?? 'manual' });
          continue;
        }
        const reason: DecisionReason = c.manualVisibility.has(id)
          ? 'manual'
          : c.reworded.has(id)
            ? 'reworded'
            : (sc ?? 0) < strongestAutoHidden || (sc ?? 0) < c.threshold
              ? 'two-bullet-rule'
              : 'fits';
        out.push({ id, kind: 'bullet', action: 'keep', score: sc, reason });
      }
    }
  }
  return out;
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

interface FitRules {
  keepShown: Set<string>;
  manualVisibility: Set<string>;
  keep: number;
  score: (id: string) => number;
}

/**
 * Builds the removal sequence, weakest unit first (a bullet of an entry above its floor, or a whole entry at its
 * floor, scored by its best bullet), then binary-searches the shortest prefix that fits: log2(n) page counts.
 * Unit scores never decrease along the sequence, so any prefix hides only what is weaker than what stays.
 */
function hideUntilFits(
  master: Resume,
  t: Tailoring,
  fits: (r: Resume) => boolean,
  rules: FitRules,
): { fits: boolean; bullets: string[]; entries: string[]; viaEntry: Set<string> } {
  const { keepShown, manualVisibility, keep, score } = rules;
  const hiddenNow = new Set(t.hidden.bullets);
  const hiddenSections = new Set(t.hidden.sections);
  const hiddenEntries = new Set(t.hidden.entries);
  interface Live {
    id: string;
    visible: string[];
    floor: number;
    /** Whole-entry hiding is off for an entry the person touched (toggled it or a bullet, or reworded one). */
    wholeAllowed: boolean;
    at: number;
  }
  const live: Live[] = [];
  for (const s of master.sections) {
    if (hiddenSections.has(s.id)) continue;
    for (const e of s.entries) {
      if (hiddenEntries.has(e.id)) continue;
      const visible = (t.bulletOrder[e.id] ?? []).filter((id) => !hiddenNow.has(id));
      if (!visible.length) continue;
      live.push({
        id: e.id,
        visible,
        floor: Math.min(keep, visible.length),
        wholeAllowed: !manualVisibility.has(e.id) && !visible.some((id) => keepShown.has(id)),
        at: live.length,
      });
    }
  }
  type Unit = { bullets: string[]; entry: string | null; score: number };
  const seq: Unit[] = [];
  for (;;) {
    let pick: { unit: Unit; entry: Live; at: number } | null = null;
    for (const e of live) {
      if (!e.visible.length) continue;
      const movable = e.visible.filter((id) => !keepShown.has(id));
      if (e.visible.length > e.floor && movable.length) {
        // The weakest bullet of this entry; ties go to the later one (the reader's eye reaches it last).
        const id = movable.reduce((a, b) => (score(b) <= score(a) ? b : a));
        const unit = { bullets: [id], entry: null, score: score(id) };
        if (!pick || unit.score < pick.unit.score || (unit.score === pick.unit.score && e.at > pick.entry.at))
          pick = { unit, entry: e, at: e.at };
      } else if (e.wholeAllowed) {
        const unit = { bullets: [...e.visible], entry: e.id, score: Math.max(...e.visible.map(score)) };
        if (!pick || unit.score < pick.unit.score || (unit.score === pick.unit.score && e.at > pick.entry.at))
          pick = { unit, entry: e, at: e.at };
      }
    }
    if (!pick) break;
    seq.push(pick.unit);
    const gone = new Set(pick.unit.bullets);
    pick.entry.visible = pick.unit.entry ? [] : pick.entry.visible.filter((id) => !gone.has(id));
  }
  const prefix = (k: number) => {
    const units = seq.slice(0, k);
    return {
      bullets: units.flatMap((u) => u.bullets),
      entries: units.flatMap((u) => (u.entry ? [u.entry] : [])),
      viaEntry: new Set(units.flatMap((u) => (u.entry ? u.bullets : []))),
    };
  };
  const tryK = (k: number) => {
    const p = prefix(k);
    return fits(
      applyTailoring(master, {
        ...t,
        hidden: {
          ...t.hidden,
          bullets: [...t.hidden.bullets, ...p.bullets.filter((id) => !p.viaEntry.has(id))],
          entries: [...t.hidden.entries, ...p.entries],
        },
      }),
    );
  };
  if (tryK(0)) return { fits: true, ...prefix(0) };
  // Unreachable even with everything gone: propose nothing to fit rather than an empty resume; the caller says it.
  if (!tryK(seq.length)) return { fits: false, ...prefix(0) };
  let lo = 0; // does not fit
  let hi = seq.length; // fits
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (tryK(mid)) hi = mid;
    else lo = mid;
  }
  return { fits: true, ...prefix(hi) };
}
