import { create } from 'zustand';
import type { Resume } from '../../core/resume/schema';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { flushSave } from './autosave';

type Affected = MethodOutput<'masterChangeImpact'>['affected'][number];

interface ApplicationState {
  /** The open variant's orphaned choices (from getVariant), for the re-attach list. */
  orphaned: MethodOutput<'getVariant'>['orphaned'];
  /** The keep/apply question, while it is asked. */
  asking: { affected: Affected[]; answer: (keep: Set<string> | null) => void } | null;
}

export const useApplication = create<ApplicationState>()(() => ({ orphaned: [], asking: null }));

/**
 * Before a master is saved: if it would change applications already sent, ask for each "apply it here, or keep
 * this application as it was", pin the kept ones to what they were (before the master changes on disk), and say
 * whether to go on with the save. Resolves false when the person cancels; nothing was changed then.
 */
export async function confirmMasterSave(next: Resume): Promise<boolean> {
  const impact = await getApi().masterChangeImpact({ master: next });
  if (!impact.ok || !impact.value.affected.length) return true;
  const keep = await new Promise<Set<string> | null>((answer) =>
    useApplication.setState({ asking: { affected: impact.value.affected, answer } }),
  );
  useApplication.setState({ asking: null });
  if (keep === null) return false;
  // The open variant's unsaved edits go first, so pinning it does not turn its next save into a conflict.
  await flushSave();
  for (const id of keep) {
    const r = await getApi().keepAsSent({ id, keep: true });
    if (!r.ok) throw new Error(r.error);
  }
  return true;
}
