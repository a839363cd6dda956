import { z } from 'zod';
import { plainText } from '../resume/rich-text';
import { ItemId, RichText, type Resume } from '../resume/schema';
import { keepOrphanedChoices } from './orphaned-choices';
import { scoreOf, type ScoreInput } from './score-input';
import { reconcileSkills } from './skills-tailoring';
import { AddedSkill, type Tailoring, type Variant } from './variant-schema';

/** What changed in the master since the variant last saw it. Sent to the UI as is, hence a schema. */
export const ReconcileReport = z.object({
  newSections: z.array(z.object({ sectionId: ItemId, title: z.string() })),
  newEntries: z.array(z.object({ sectionId: ItemId, entryId: ItemId, title: z.string() })),
  newBullets: z.array(z.object({ sectionId: ItemId, entryId: ItemId, bulletId: ItemId, text: z.string() })),
  /** Ids the variant ordered that the master no longer has. */
  removedSections: z.array(ItemId),
  removedEntries: z.array(ItemId),
  removedBullets: z.array(ItemId),
  /** Rewordings of bullets the master no longer has: kept in the variant, never dropped, until the person deletes them. */
  orphanedRewordings: z.array(z.object({ bulletId: ItemId, text: RichText, masterText: z.string() })),
  /** Rewordings made against master text that has changed since: the person should look at them again. */
  staleRewordings: z.array(
    z.object({
      bulletId: ItemId,
      entryId: ItemId,
      sectionId: ItemId,
      text: RichText,
      masterTextThen: z.string(),
      masterTextNow: z.string(),
    }),
  ),
  /** The summary rewording, when the master summary has changed since it was written. */
  staleSummary: z.object({ text: z.string(), masterTextThen: z.string(), masterTextNow: z.string() }).nullable(),
  /** Skills added to a group the master no longer has: kept, and shown again if the group comes back. */
  orphanedSkillAdds: z.array(AddedSkill),
});
export type ReconcileReport = z.infer<typeof ReconcileReport>;

export function isReportEmpty(r: ReconcileReport): boolean {
  return Object.values(r).every((v) => v === null || (Array.isArray(v) && v.length === 0));
}

/**
 * Brings a variant's tailoring up to date with the master: orders gain what is new and lose what is gone, hidden lists
 * drop ids that no longer exist. Rewordings are never dropped. Pure: the result is what the UI would save.
 */
export function reconcileVariant(
  master: Resume,
  variant: Variant,
  scores?: ScoreInput,
): { variant: Variant; report: ReconcileReport } {
  const t = variant.tailoring;
  const report: ReconcileReport = {
    newSections: [],
    newEntries: [],
    newBullets: [],
    removedSections: [],
    removedEntries: [],
    removedBullets: [],
    orphanedRewordings: [],
    staleRewordings: [],
    staleSummary: null,
    orphanedSkillAdds: [],
  };

  const masterSectionIds = new Set(master.sections.map((s) => s.id));
  const masterEntryIds = new Set(master.sections.flatMap((s) => s.entries.map((e) => e.id)));
  const masterBullets = new Map(
    master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => [b.id, { s, e, b }] as const))),
  );

  const knownSections = new Set(t.sectionOrder);
  const knownEntries = new Set(Object.values(t.entryOrder).flat());
  const knownBullets = new Set(Object.values(t.bulletOrder).flat());

  // Only the topmost thing removed is reported: a deleted section's entries and bullets went with it.
  report.removedSections = t.sectionOrder.filter((id) => !masterSectionIds.has(id));
  const goneSections = new Set(report.removedSections);
  report.removedEntries = Object.entries(t.entryOrder).flatMap(([sid, ids]) =>
    goneSections.has(sid) ? [] : ids.filter((id) => !masterEntryIds.has(id)),
  );
  const goneEntries = new Set(
    Object.entries(t.entryOrder).flatMap(([, ids]) => ids.filter((id) => !masterEntryIds.has(id))),
  );
  report.removedBullets = Object.entries(t.bulletOrder).flatMap(([eid, ids]) =>
    goneEntries.has(eid) ? [] : ids.filter((id) => !masterBullets.has(id)),
  );

  // Likewise only the topmost new thing: a new section's entries, and a new entry's bullets, are new with it.
  const newSectionIds = new Set<string>();
  const newEntryIds = new Set<string>();
  const sectionOrder = mergeOrder(
    t.sectionOrder,
    master.sections.map((s) => s.id),
    (id) => {
      if (knownSections.has(id)) return;
      newSectionIds.add(id);
      report.newSections.push({ sectionId: id, title: master.sections.find((s) => s.id === id)?.title ?? '' });
    },
  );

  const entryOrder: Record<string, string[]> = {};
  const bulletOrder: Record<string, string[]> = {};
  for (const s of master.sections) {
    entryOrder[s.id] = mergeOrder(
      t.entryOrder[s.id] ?? [],
      s.entries.map((e) => e.id),
      (id) => {
        if (knownEntries.has(id)) return;
        newEntryIds.add(id);
        if (!newSectionIds.has(s.id))
          report.newEntries.push({
            sectionId: s.id,
            entryId: id,
            title: s.entries.find((e) => e.id === id)?.title ?? '',
          });
      },
    );
    for (const e of s.entries) {
      const here = new Set(e.bullets.map((b) => b.id));
      const order = (t.bulletOrder[e.id] ?? []).filter((id) => here.has(id));
      const listed = new Set(order);
      for (const b of e.bullets) {
        if (listed.has(b.id)) continue;
        // A bullet the variant never saw goes after the ordered ones, or among them by score when a posting scored it.
        insertByScore(order, b.id, scores);
        if (!knownBullets.has(b.id) && !newEntryIds.has(e.id))
          report.newBullets.push({ sectionId: s.id, entryId: e.id, bulletId: b.id, text: plainText(b.text) });
      }
      bulletOrder[e.id] = order;
    }
  }

  for (const [bulletId, r] of Object.entries(t.rewording)) {
    const place = masterBullets.get(bulletId);
    if (!place) {
      report.orphanedRewordings.push({ bulletId, text: r.text, masterText: r.masterText });
      continue;
    }
    const now = plainText(place.b.text);
    if (now !== r.masterText)
      report.staleRewordings.push({
        bulletId,
        entryId: place.e.id,
        sectionId: place.s.id,
        text: r.text,
        masterTextThen: r.masterText,
        masterTextNow: now,
      });
  }

  const summaryNow = master.summary ?? '';
  if (t.summary && t.summary.masterText !== summaryNow)
    report.staleSummary = { text: t.summary.text, masterTextThen: t.summary.masterText, masterTextNow: summaryNow };
  const skills = reconcileSkills(master, t.skills);
  report.orphanedSkillAdds = skills.orphanedAdds;

  const allIds = new Set([...masterSectionIds, ...masterEntryIds, ...masterBullets.keys()]);
  const tailoring: Tailoring = {
    ...t,
    sectionOrder,
    entryOrder,
    bulletOrder,
    hidden: {
      sections: t.hidden.sections.filter((id) => masterSectionIds.has(id)),
      entries: t.hidden.entries.filter((id) => masterEntryIds.has(id)),
      bullets: t.hidden.bullets.filter((id) => masterBullets.has(id)),
    },
    manual: {
      ...t.manual,
      entryOrder: t.manual.entryOrder.filter((id) => masterSectionIds.has(id)),
      bulletOrder: t.manual.bulletOrder.filter((id) => masterEntryIds.has(id)),
      visibility: t.manual.visibility.filter((id) => allIds.has(id)),
    },
    skills: skills.skills,
  };
  // Hidden choices about bullets the master lost are kept aside, never dropped (orphaned-choices.ts).
  return { variant: keepOrphanedChoices(master, variant, { ...variant, tailoring }), report };
}

/**
 * The variant's order, without ids the master lost, plus the master's ids it lacks, each placed right after its
 * predecessor in the master (so a new newest job lands first, as it does in the master).
 */
function mergeOrder(
  variantOrder: readonly string[],
  masterOrder: readonly string[],
  onAdded: (id: string) => void,
): string[] {
  const present = new Set(masterOrder);
  const out = variantOrder.filter((id, i) => present.has(id) && variantOrder.indexOf(id) === i);
  const inOut = new Set(out);
  masterOrder.forEach((id, i) => {
    if (inOut.has(id)) return;
    const before = i === 0 ? -1 : out.indexOf(masterOrder[i - 1] ?? '');
    out.splice(before + 1, 0, id);
    inOut.add(id);
    onAdded(id);
  });
  return out;
}

function insertByScore(order: string[], id: string, scores: ScoreInput | undefined): void {
  const s = scoreOf(scores, id);
  if (s !== undefined) {
    const at = order.findIndex((other) => {
      const o = scoreOf(scores, other);
      return o !== undefined && o < s;
    });
    if (at >= 0) {
      order.splice(at, 0, id);
      return;
    }
  }
  order.push(id);
}
