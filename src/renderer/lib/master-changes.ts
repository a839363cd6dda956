import type { ReconcileReport } from '../../core/tailor/reconcile-variant';

/** One sentence on what changed in the master since the variant was saved, or null when nothing did. */
export function describeMasterChanges(r: ReconcileReport): string | null {
  const parts: string[] = [];
  const n = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  const added = r.newSections.length + r.newEntries.length + r.newBullets.length;
  const removed = r.removedSections.length + r.removedEntries.length + r.removedBullets.length;
  if (added) parts.push(`${n(added, 'new item')} (shown where the scores place them)`);
  if (removed) parts.push(`${n(removed, 'item')} no longer in the master`);
  if (r.staleRewordings.length)
    parts.push(
      `${n(r.staleRewordings.length, 'rewording')} made against master text that has changed since: worth a look`,
    );
  if (r.orphanedRewordings.length)
    parts.push(`${n(r.orphanedRewordings.length, 'rewording')} of bullets the master no longer has (kept)`);
  if (r.staleSummary) parts.push('the summary was reworded against a master summary that has changed since');
  if (r.orphanedSkillAdds.length)
    parts.push(`${n(r.orphanedSkillAdds.length, 'added skill')} in a skill group the master no longer has (kept)`);
  return parts.length ? `Your master resume changed since this variant was saved: ${parts.join('; ')}.` : null;
}
