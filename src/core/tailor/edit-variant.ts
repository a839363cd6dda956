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
    case 'resetManual': {
      const id = edit.id;
      if (id === undefined) {
        t.manual = { sectionOrder: false, entryOrder: [], bulletOrder: [], visibility: [] };
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
