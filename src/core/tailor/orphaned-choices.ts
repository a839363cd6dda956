import { z } from 'zod';
import { plainText } from '../resume/rich-text';
import { ItemId, type Resume } from '../resume/schema';
import type { OrphanedChoice, Variant } from './variant-schema';

/** An orphaned choice as the UI lists it, with the master bullet that reads the same (if one does) to offer. */
export const OrphanedChoiceReport = z.object({
  bulletId: ItemId,
  text: z.string(),
  hidden: z.boolean(),
  reworded: z.boolean(),
  since: z.string(),
  /** A master bullet with the same words: after an import gave new ids, the likely new home of the choice. */
  suggestion: ItemId.nullable(),
});
export type OrphanedChoiceReport = z.infer<typeof OrphanedChoiceReport>;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Keeps the hidden-bullet choices whose bullets the master lost (a reconcile would otherwise drop them, and an
 * accepted import, which gives bullets new ids, would lose every one): they move to `orphanedChoices`, and come back
 * by themselves if a bullet of that id returns (the master restored from its backup). Also remembers the text of
 * each hidden bullet while it exists, so a choice orphaned later can still be named. `before` is the variant as read.
 */
export function keepOrphanedChoices(master: Resume, before: Variant, after: Variant): Variant {
  const bullets = new Map(
    master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => [b.id, plainText(b.text)] as const))),
  );
  const orphans = new Map<string, OrphanedChoice>(before.orphanedChoices.map((o) => [o.bulletId, o]));
  for (const id of before.tailoring.hidden.bullets)
    if (!bullets.has(id) && !orphans.has(id))
      orphans.set(id, { bulletId: id, text: before.choiceTexts[id] ?? '', hidden: true, since: before.updatedAt });
  const hidden = new Set(after.tailoring.hidden.bullets);
  for (const [id, o] of orphans)
    if (bullets.has(id)) {
      if (o.hidden) hidden.add(id);
      orphans.delete(id);
    }
  const choiceTexts: Record<string, string> = {};
  for (const id of hidden) choiceTexts[id] = bullets.get(id) ?? '';
  for (const o of orphans.values()) if (o.text) choiceTexts[o.bulletId] = o.text;
  return {
    ...after,
    tailoring: { ...after.tailoring, hidden: { ...after.tailoring.hidden, bullets: [...hidden] } },
    choiceTexts,
    orphanedChoices: [...orphans.values()],
  };
}

/** The orphaned choices and orphaned rewordings together, each with a same-text bullet to offer as its new home. */
export function orphanedChoicesReport(master: Resume, v: Variant): OrphanedChoiceReport[] {
  const byText = new Map<string, string>();
  for (const s of master.sections)
    for (const e of s.entries) for (const b of e.bullets) byText.set(norm(plainText(b.text)), b.id);
  const out = new Map<string, OrphanedChoiceReport>();
  for (const o of v.orphanedChoices)
    out.set(o.bulletId, {
      bulletId: o.bulletId,
      text: o.text,
      hidden: o.hidden,
      reworded: false,
      since: o.since,
      suggestion: o.text ? (byText.get(norm(o.text)) ?? null) : null,
    });
  const allIds = new Set(master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id))));
  for (const [id, r] of Object.entries(v.tailoring.rewording)) {
    if (allIds.has(id)) continue;
    const had = out.get(id);
    const text = had?.text || r.masterText;
    out.set(id, {
      bulletId: id,
      text,
      hidden: had?.hidden ?? false,
      reworded: true,
      since: had?.since ?? v.updatedAt,
      suggestion: text ? (byText.get(norm(text)) ?? null) : null,
    });
  }
  return [...out.values()];
}

/**
 * Re-attaches an orphaned choice to a master bullet, by hand: it is hidden there if it was hidden, and its rewording
 * moves with it (still flagged stale if the new bullet's words differ from the ones it was written against).
 */
export function reattachChoice(master: Resume, v: Variant, from: string, to: string): Variant {
  const exists = master.sections.some((s) => s.entries.some((e) => e.bullets.some((b) => b.id === to)));
  if (!exists) throw new Error(`the master has no bullet "${to}"`);
  const orphan = v.orphanedChoices.find((o) => o.bulletId === from);
  const rewording = v.tailoring.rewording[from];
  if (!orphan && !rewording) throw new Error(`"${from}" is not an orphaned choice of this variant`);
  const t = structuredClone(v.tailoring);
  if (orphan?.hidden && !t.hidden.bullets.includes(to)) t.hidden.bullets.push(to);
  if (orphan?.hidden && !t.manual.visibility.includes(to)) t.manual.visibility.push(to);
  if (rewording) {
    delete t.rewording[from];
    t.rewording[to] = rewording;
  }
  const choiceTexts = { ...v.choiceTexts };
  delete choiceTexts[from];
  return { ...v, tailoring: t, choiceTexts, orphanedChoices: v.orphanedChoices.filter((o) => o.bulletId !== from) };
}
