import type { Entry, Resume, RichText, Section } from '../resume/schema';
import { reconcileVariant, type ReconcileReport } from './reconcile-variant';
import type { ScoreInput } from './score-input';
import { tailoredSkillGroups, type SkillsView } from './skills-tailoring';
import type { Variant } from './variant-schema';

export interface AppliedVariant {
  /** The tailored resume, in the master's schema: what the renderer takes. */
  resume: Resume;
  /** What the renderer needs beside the resume (company and role go into the PDF title and file name). */
  render: { template: string; pageTarget: number; company: string; role: string };
  /** The variant brought up to date with the master; saving it acknowledges the report. */
  reconciled: Variant;
  report: ReconcileReport;
}

/**
 * Master + variant -> tailored resume. Pure: the master is never changed (rewordings replace text in the copy only).
 * `scores` only places bullets the variant has not seen yet.
 */
export function applyVariant(master: Resume, variant: Variant, opts: { scores?: ScoreInput } = {}): AppliedVariant {
  const { variant: reconciled, report } = reconcileVariant(master, variant, opts.scores);
  return {
    resume: applyTailoring(master, reconciled.tailoring),
    render: {
      template: variant.template,
      pageTarget: variant.pageTarget,
      company: variant.company,
      role: variant.role,
    },
    reconciled,
    report,
  };
}

/** What applying needs of a tailoring: any part may be missing (the renderer's plain tailorings leave most out). */
export type TailoringView = {
  sectionOrder?: readonly string[];
  entryOrder?: Readonly<Record<string, readonly string[]>>;
  bulletOrder?: Readonly<Record<string, readonly string[]>>;
  hidden?: { sections?: readonly string[]; entries?: readonly string[]; bullets?: readonly string[] };
  rewording?: Readonly<Record<string, { text: RichText }>>;
  /** The summary as this variant words it; null or absent prints the master's. */
  summary?: { text: string } | null;
  skills?: SkillsView;
};

/**
 * Builds the tailored resume from a tailoring already reconciled with `master` (orders list every id of the master).
 * Ids an order misses are appended in master order all the same, so no master bullet can be lost by a bad order.
 */
export function applyTailoring(master: Resume, t: TailoringView): Resume {
  const hiddenSections = new Set(t.hidden?.sections);
  const hiddenEntries = new Set(t.hidden?.entries);
  const hiddenBullets = new Set(t.hidden?.bullets);
  const sections = inOrder(master.sections, t.sectionOrder ?? [])
    .filter((s) => !hiddenSections.has(s.id))
    .map((s): Section => ({
      ...s,
      entries: inOrder(s.entries, t.entryOrder?.[s.id] ?? [])
        .filter((e) => !hiddenEntries.has(e.id))
        .map((e): Entry => ({
          ...e,
          bullets: inOrder(e.bullets, t.bulletOrder?.[e.id] ?? [])
            .filter((b) => !hiddenBullets.has(b.id))
            .map((b) => {
              const r = t.rewording?.[b.id];
              return r ? { ...b, text: r.text.map((run) => ({ ...run })) } : b;
            }),
        })),
    }));
  const out: Resume = { ...master, sections, skills: tailoredSkillGroups(master, t.skills) };
  if (t.summary) out.summary = t.summary.text;
  return out;
}

function inOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const out: T[] = [];
  for (const id of order) {
    const item = byId.get(id);
    if (item) {
      out.push(item);
      byId.delete(id);
    }
  }
  for (const item of items) if (byId.has(item.id)) out.push(item);
  return out;
}
