import { z } from 'zod';
import { normalizeRuns, plainText } from '../resume/rich-text';
import { ItemId, RichText, type Resume } from '../resume/schema';
import { reconcileVariant } from './reconcile-variant';
import { KeywordOverrides, type Variant } from './variant-schema';

/** One thing the person did in the tailoring view. Every edit marks its target as a manual choice. */
export const VariantEdit = z.discriminatedUnion('type', [
  z.object({ type: z.literal('moveSection'), sectionId: ItemId, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('moveEntry'), entryId: ItemId, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('moveBullet'), bulletId: ItemId, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('setHidden'), id: ItemId, hidden: z.boolean() }),
  z.object({ type: z.literal('reword'), bulletId: ItemId, text: RichText }),
  /** Back to the master's wording (also how an orphaned rewording is finally let go). */
  z.object({ type: z.literal('clearRewording'), bulletId: ItemId }),
  z.object({ type: z.literal('setKeywords'), keywords: KeywordOverrides }),
  /** The summary for this job; the master's exact text is no rewording. */
  z.object({ type: z.literal('rewordSummary'), text: z.string().max(20_000) }),
  z.object({ type: z.literal('clearSummary') }),
  z.object({ type: z.literal('moveSkillGroup'), groupId: ItemId, toIndex: z.number().int().min(0) }),
  z.object({ type: z.literal('moveSkill'), groupId: ItemId, item: z.string(), toIndex: z.number().int().min(0) }),
  /** Shows or hides a whole group (no `items`) or some of its skills (one step: "trim" hides several at once). */
  z.object({
    type: z.literal('setSkillsHidden'),
    groupId: ItemId,
    items: z.array(z.string()).optional(),
    hidden: z.boolean(),
  }),
  /** A skill the person said they have, added to this variant's group: never added without them saying so. */
  z.object({ type: z.literal('addSkill'), groupId: ItemId, item: z.string().trim().min(1).max(300) }),
  z.object({ type: z.literal('removeAddedSkill'), groupId: ItemId, item: z.string() }),
  /**
   * "Let auto-tailor decide again": forgets that the person chose this item's visibility, its children's order
   * (an entry's bullets, a section's entries) or, for a section, the section order. Without an id, forgets all of it.
   * The current state stays until auto-tailor runs again.
   */
  z.object({ type: z.literal('resetManual'), id: ItemId.optional() }),
]);
export type VariantEdit = z.infer<typeof VariantEdit>;

export type EditResult = { ok: true; variant: Variant } | { ok: false; error: string };

/** Applies one edit to a variant of `master`. Pure; an id the master does not have is a clear error, not a crash. */
export function editVariant(master: Resume, variant: Variant, edit: VariantEdit): EditResult {
  const t = structuredClone(reconcileVariant(master, variant).variant.tailoring);
  const where = locate(master);
  switch (edit.type) {
    case 'moveSection': {
      if (!where.sections.has(edit.sectionId)) return unknown('section', edit.sectionId);
      move(t.sectionOrder, edit.sectionId, edit.toIndex);
      t.manual.sectionOrder = true;
      break;
    }
    case 'moveEntry': {
      const sectionId = where.entries.get(edit.entryId);
      if (!sectionId) return unknown('entry', edit.entryId);
      move((t.entryOrder[sectionId] ??= []), edit.entryId, edit.toIndex);
      addOnce(t.manual.entryOrder, sectionId);
      break;
    }
    case 'moveBullet': {
      const place = where.bullets.get(edit.bulletId);
      if (!place) return unknown('bullet', edit.bulletId);
      move((t.bulletOrder[place.entryId] ??= []), edit.bulletId, edit.toIndex);
      addOnce(t.manual.bulletOrder, place.entryId);
      break;
    }
    case 'setHidden': {
      const list = where.sections.has(edit.id)
        ? t.hidden.sections
        : where.entries.has(edit.id)
          ? t.hidden.entries
          : where.bullets.has(edit.id)
            ? t.hidden.bullets
            : null;
      if (!list) return unknown('section, entry or bullet', edit.id);
      const at = list.indexOf(edit.id);
      if (edit.hidden && at < 0) list.push(edit.id);
      if (!edit.hidden && at >= 0) list.splice(at, 1);
      addOnce(t.manual.visibility, edit.id);
      break;
    }
    case 'reword': {
      const place = where.bullets.get(edit.bulletId);
      if (!place) return unknown('bullet', edit.bulletId);
      // The variant schema refuses a blank rewording; refusing it here keeps an invalid variant from ever existing.
      if (!plainText(edit.text).trim()) return { ok: false, error: 'a rewording must not be empty' };
      const masterText = plainText(place.text);
      // Rewording back to the master's exact text is no rewording: drop it so a later master edit shows through.
      if (JSON.stringify(normalizeRuns(edit.text)) === JSON.stringify(normalizeRuns(place.text)))
        delete t.rewording[edit.bulletId];
      else t.rewording[edit.bulletId] = { text: edit.text, masterText };
      break;
    }
    case 'clearRewording':
      if (!(edit.bulletId in t.rewording))
        return { ok: false, error: `bullet "${edit.bulletId}" has no rewording in this variant` };
      delete t.rewording[edit.bulletId];
      break;
    case 'setKeywords':
      t.keywords = edit.keywords;
      break;
    case 'rewordSummary': {
      const masterText = master.summary ?? '';
      if (!edit.text.trim())
        return { ok: false, error: "the summary must not be empty: clear the rewording to print the master's" };
      if (edit.text.trim() === masterText.trim()) t.summary = null;
      else t.summary = { text: edit.text, masterText };
      break;
    }
    case 'clearSummary':
      if (!t.summary) return { ok: false, error: 'this variant has no summary rewording' };
      t.summary = null;
      break;
    case 'moveSkillGroup':
      if (!t.skills.groupOrder.includes(edit.groupId)) return unknown('skill group', edit.groupId);
      move(t.skills.groupOrder, edit.groupId, edit.toIndex);
      t.skills.manual.groupOrder = true;
      break;
    case 'moveSkill': {
      const items = t.skills.itemOrder[edit.groupId];
      if (!items) return unknown('skill group', edit.groupId);
      if (!items.includes(edit.item))
        return { ok: false, error: `skill group "${edit.groupId}" has no "${edit.item}"` };
      move(items, edit.item, edit.toIndex);
      addOnce(t.skills.manual.itemOrder, edit.groupId);
      break;
    }
    case 'setSkillsHidden': {
      const items = t.skills.itemOrder[edit.groupId];
      if (!items) return unknown('skill group', edit.groupId);
      if (!edit.items) {
        t.skills.hiddenGroups = t.skills.hiddenGroups.filter((id) => id !== edit.groupId);
        if (edit.hidden) t.skills.hiddenGroups.push(edit.groupId);
        break;
      }
      const missing = edit.items.find((x) => !items.includes(x));
      if (missing !== undefined) return { ok: false, error: `skill group "${edit.groupId}" has no "${missing}"` };
      const hid = new Set(t.skills.hiddenItems[edit.groupId] ?? []);
      for (const x of edit.items)
        if (edit.hidden) hid.add(x);
        else hid.delete(x);
      if (hid.size) t.skills.hiddenItems[edit.groupId] = items.filter((x) => hid.has(x));
      else delete t.skills.hiddenItems[edit.groupId];
      break;
    }
    case 'addSkill': {
      const items = t.skills.itemOrder[edit.groupId];
      if (!items) return unknown('skill group', edit.groupId);
      const have = items.find((x) => x.trim().toLowerCase() === edit.item.toLowerCase());
      if (have !== undefined) return { ok: false, error: `"${have}" is already in this group` };
      t.skills.added.push({ groupId: edit.groupId, item: edit.item });
      // The posting asked for it, so it leads its group until auto-tailor or the person places it otherwise.
      items.unshift(edit.item);
      break;
    }
    case 'removeAddedSkill': {
      const at = t.skills.added.findIndex((a) => a.groupId === edit.groupId && a.item === edit.item);
      if (at < 0) return { ok: false, error: `"${edit.item}" was not added to this variant` };
      t.skills.added.splice(at, 1);
      const items = t.skills.itemOrder[edit.groupId];
      const group = master.skills.find((g) => g.id === edit.groupId);
      // Still in the master's group (added here first, then there too): it stays, as the master's.
      if (items && !group?.items.includes(edit.item)) {
        t.skills.itemOrder[edit.groupId] = items.filter((x) => x !== edit.item);
        const hid = t.skills.hiddenItems[edit.groupId]?.filter((x) => x !== edit.item);
        if (hid?.length) t.skills.hiddenItems[edit.groupId] = hid;
        else delete t.skills.hiddenItems[edit.groupId];
      }
      break;
    }
    case 'resetManual': {
      const id = edit.id;
      if (id === undefined) {
        t.manual = { sectionOrder: false, entryOrder: [], bulletOrder: [], visibility: [] };
        // Only the person hides skills, so every hidden skill is a choice of theirs, and goes back with the rest.
        t.skills = { ...t.skills, hiddenGroups: [], hiddenItems: {}, manual: { groupOrder: false, itemOrder: [] } };
        break;
      }
      if (id in t.skills.itemOrder) {
        t.skills.manual.itemOrder = t.skills.manual.itemOrder.filter((x) => x !== id);
        break;
      }
      if (!where.sections.has(id) && !where.entries.has(id) && !where.bullets.has(id))
        return unknown('section, entry or bullet', id);
      t.manual.visibility = t.manual.visibility.filter((x) => x !== id);
      t.manual.bulletOrder = t.manual.bulletOrder.filter((x) => x !== id);
      t.manual.entryOrder = t.manual.entryOrder.filter((x) => x !== id);
      if (where.sections.has(id)) t.manual.sectionOrder = false;
      break;
    }
  }
  return { ok: true, variant: { ...variant, tailoring: t } };
}

interface Locations {
  sections: Set<string>;
  entries: Map<string, string>;
  bullets: Map<string, { entryId: string; text: RichText }>;
}

function locate(master: Resume): Locations {
  const out: Locations = { sections: new Set(), entries: new Map(), bullets: new Map() };
  for (const s of master.sections) {
    out.sections.add(s.id);
    for (const e of s.entries) {
      out.entries.set(e.id, s.id);
      for (const b of e.bullets) out.bullets.set(b.id, { entryId: e.id, text: b.text });
    }
  }
  return out;
}

function move(order: string[], id: string, toIndex: number): void {
  const from = order.indexOf(id);
  if (from >= 0) order.splice(from, 1);
  order.splice(Math.min(toIndex, order.length), 0, id);
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

function unknown(kind: string, id: string): EditResult {
  return { ok: false, error: `the master resume has no ${kind} "${id}"` };
}
