import { create } from 'zustand';
import { getApi } from '../api-client';
import { currentVariant, openVariant, useTailor, type TailorState } from '../store/tailor-store';
import { refreshLibrary } from './library';

/** Saving waits this long after the last change: typing a posting is one save, not one per keystroke. */
const DEBOUNCE_MS = 700;

type Snapshot = Pick<TailorState, 'doc' | 'tailoring' | 'template' | 'pageTarget'>;

interface SaveState {
  status: 'saved' | 'pending' | 'saving' | 'error' | 'conflict';
  message: string | null;
}

export const useSaveState = create<SaveState>()(() => ({ status: 'saved', message: null }));

let saved: Snapshot | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let chain: Promise<void> = Promise.resolve();

const snap = (s: TailorState): Snapshot => ({
  doc: s.doc,
  tailoring: s.tailoring,
  template: s.template,
  pageTarget: s.pageTarget,
});
const same = (a: Snapshot | null, b: Snapshot) =>
  !!a && a.doc === b.doc && a.tailoring === b.tailoring && a.template === b.template && a.pageTarget === b.pageTarget;

/** Watches the open variant and saves it, debounced; a conflict stops autosave until the person chooses. */
export function startAutosave(): () => void {
  return useTailor.subscribe((s, prev) => {
    if (!s.doc) {
      saved = null;
      return;
    }
    if (s.doc.id !== prev.doc?.id) {
      // A variant just opened: what is on screen is what is on disk.
      saved = snap(s);
      useSaveState.setState({ status: 'saved', message: null });
      return;
    }
    if (same(saved, snap(s)) || useSaveState.getState().status === 'conflict') return;
    useSaveState.setState({ status: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flushSave(), DEBOUNCE_MS);
  });
}

export function isDirty(): boolean {
  const s = useTailor.getState();
  return !!s.doc && !same(saved, snap(s));
}

/**
 * Saves now if anything is unsaved, and resolves when every save so far is done. It never rejects: a save that
 * throws (the transport failed, a bug) is shown as a save error and the chain goes on, so one failure cannot block
 * every later save; what was not saved stays unsaved and the next change or Ctrl+S tries again.
 */
export function flushSave(opts: { overwrite?: string | null } = {}): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  chain = chain.then(() => saveNow(opts)).catch(showSaveFailure);
  return chain;
}

function showSaveFailure(e: unknown): void {
  const reason = e instanceof Error ? e.message : String(e);
  useSaveState.setState({
    status: 'error',
    message: `Not saved: ${reason}. Your changes are still here; Tailor tries again on the next change.`,
  });
}

async function saveNow(opts: { overwrite?: string | null }): Promise<void> {
  const s = useTailor.getState();
  const variant = currentVariant(s);
  if (!variant) return;
  if (useSaveState.getState().status === 'conflict' && opts.overwrite === undefined) return;
  if (opts.overwrite === undefined && same(saved, snap(s))) {
    useSaveState.setState({ status: 'saved' });
    return;
  }
  const at = snap(s);
  useSaveState.setState({ status: 'saving', message: null });
  const expectedRevision = opts.overwrite !== undefined ? opts.overwrite : s.revision;
  const r = await getApi().saveVariant({ variant, expectedRevision });
  if (!r.ok) {
    useSaveState.setState({ status: r.code === 'conflict' ? 'conflict' : 'error', message: r.error });
    return;
  }
  const now = useTailor.getState();
  // Only the save counter, the time and the store's dated status timeline change: the person may have typed on
  // while the save was in flight.
  const doc =
    now.doc && now.doc.id === variant.id
      ? {
          ...now.doc,
          revision: r.value.variant.revision,
          updatedAt: r.value.variant.updatedAt,
          statusHistory: r.value.variant.statusHistory,
        }
      : now.doc;
  useTailor.setState({ revision: r.value.revision, doc });
  saved = at.doc === now.doc ? { ...at, doc } : at;
  useSaveState.setState({ status: same(saved, snap(useTailor.getState())) ? 'saved' : 'pending', message: null });
  if (useSaveState.getState().status === 'pending') timer = setTimeout(() => void flushSave(), DEBOUNCE_MS);
  void refreshLibrary();
}

/** After an export recorded itself in the variant's history, the file on disk has a new revision: adopt it. */
export function adoptRecorded(recorded: {
  revision: string;
  exportHistory: NonNullable<TailorState['doc']>['exportHistory'];
  updatedAt: string;
}): void {
  const s = useTailor.getState();
  if (!s.doc) return;
  const wasClean = same(saved, snap(s));
  const doc = { ...s.doc, exportHistory: recorded.exportHistory, updatedAt: recorded.updatedAt };
  // The snapshot moves first, so the change below does not read as an unsaved edit.
  if (wasClean) saved = { ...snap(s), doc };
  useTailor.setState({ revision: recorded.revision, doc });
}

/** The person's choice in a conflict: keep theirs (reopen from disk) or keep mine (save over it, knowingly). */
export async function resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
  const s = useTailor.getState();
  if (!s.doc) return;
  const id = s.doc.id;
  const disk = await getApi().getVariant({ id });
  if (choice === 'theirs') {
    if (!disk.ok) return useSaveState.setState({ status: 'conflict', message: disk.error });
    useSaveState.setState({ status: 'saved', message: null });
    openVariant(disk.value.variant, disk.value.revision);
    return;
  }
  useSaveState.setState({ status: 'pending', message: null });
  // Deleted on disk: saving mine creates it again.
  await flushSave({ overwrite: disk.ok ? disk.value.revision : null });
}
