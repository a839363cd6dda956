import { create } from 'zustand';
import { plainText } from '../../core/resume/rich-text';
import type { Resume } from '../../core/resume/schema';
import type { ReconcileReport } from '../../core/tailor/reconcile-variant';
import type { Rewording } from '../../core/tailor/variant-schema';

/** What reconciliation found when the open variant was last opened: the bullets new in the master since it was saved. */
export const useMasterReport = create<{ newBullets: ReadonlySet<string> }>()(() => ({ newBullets: new Set() }));

export function rememberReport(r: ReconcileReport): void {
  useMasterReport.setState({ newBullets: new Set(r.newBullets.map((b) => b.bulletId)) });
}

/** A rewording made against master text that has changed since (the same test reconciliation applies). */
export function isStaleRewording(master: Resume | null, bulletId: string, rewording: Rewording | undefined): boolean {
  if (!master || !rewording) return false;
  for (const s of master.sections)
    for (const e of s.entries)
      for (const b of e.bullets) if (b.id === bulletId) return plainText(b.text) !== rewording.masterText;
  return false;
}
