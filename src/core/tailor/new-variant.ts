import type { Resume } from '../resume/schema';
import { Tailoring, Variant, VARIANT_SCHEMA_VERSION, type VariantStatus } from './variant-schema';

export interface NewVariantFields {
  company: string;
  role: string;
  posting?: { text: string; url?: string };
  status?: VariantStatus;
  notes?: string;
  template?: string;
  pageTarget?: number;
}

/**
 * The orders of a fresh variant list every section, entry and bullet of the master as it is now: later
 * reconciliation calls anything missing from them new. Nothing is hidden or reworded yet.
 */
export function masterOrders(master: Resume): Pick<Tailoring, 'sectionOrder' | 'entryOrder' | 'bulletOrder'> {
  const entryOrder: Record<string, string[]> = {};
  const bulletOrder: Record<string, string[]> = {};
  for (const s of master.sections) {
    entryOrder[s.id] = s.entries.map((e) => e.id);
    for (const e of s.entries) bulletOrder[e.id] = e.bullets.map((b) => b.id);
  }
  return { sectionOrder: master.sections.map((s) => s.id), entryOrder, bulletOrder };
}

/** A new variant of `master`. The id and the clock come from the caller so this stays pure and testable. */
export function newVariant(master: Resume, fields: NewVariantFields, at: { id: string; now: string }): Variant {
  return Variant.parse({
    schemaVersion: VARIANT_SCHEMA_VERSION,
    id: at.id,
    revision: 0,
    company: fields.company,
    role: fields.role,
    posting: fields.posting ?? { text: '' },
    status: fields.status ?? 'draft',
    notes: fields.notes ?? '',
    createdAt: at.now,
    updatedAt: at.now,
    ...(fields.template ? { template: fields.template } : {}),
    ...(fields.pageTarget ? { pageTarget: fields.pageTarget } : {}),
    tailoring: { ...Tailoring.parse({}), ...masterOrders(master) },
    exportHistory: [],
  });
}
