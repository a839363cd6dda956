import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Resume } from '../../core/resume/schema';

/** The master being edited. Only the draft is tracked by undo; the revision and save state are not edits. */
export interface MasterEditState {
  draft: Resume | null;
  /** The file's token when it was opened or last saved; a save hands it back so a change elsewhere is not lost. */
  revision: string | null;
  file: string | null;
  /** The draft as last saved, to tell whether there is anything to save. */
  saved: Resume | null;
}

export const useMasterEdit = create<MasterEditState>()(
  temporal((): MasterEditState => ({ draft: null, revision: null, file: null, saved: null }), {
    partialize: (s) => ({ draft: s.draft }),
    equality: (a, b) => a.draft === b.draft,
    limit: 200,
  }),
);

const history = () => useMasterEdit.temporal.getState();

export function loadDraft(resume: Resume, revision: string, file: string): void {
  useMasterEdit.setState({ draft: resume, saved: resume, revision, file });
  history().clear();
}

export function markSaved(resume: Resume, revision: string): void {
  // The saved resume has the schema's defaults filled in; keeping the draft object as is keeps undo meaningful.
  useMasterEdit.setState({ saved: useMasterEdit.getState().draft ?? resume, revision });
}

let lastCoalesce: { key: string; at: number } | null = null;

/**
 * One change to the draft, made on a copy. Changes sharing a `coalesce` key within a second (the keystrokes of one
 * field) are one undo step; adding, deleting and moving are always their own step.
 */
export function editDraft(change: (r: Resume) => void, coalesce?: string): void {
  const draft = useMasterEdit.getState().draft;
  if (!draft) return;
  const next = structuredClone(draft);
  change(next);
  const now = Date.now();
  const join = coalesce !== undefined && lastCoalesce?.key === coalesce && now - lastCoalesce.at < 1000;
  lastCoalesce = coalesce !== undefined ? { key: coalesce, at: now } : null;
  if (join) history().pause();
  useMasterEdit.setState({ draft: next });
  if (join) history().resume();
}

export function undoMaster(): void {
  lastCoalesce = null;
  history().undo();
}

export function redoMaster(): void {
  lastCoalesce = null;
  history().redo();
}

export const isMasterDirty = (s: MasterEditState = useMasterEdit.getState()): boolean => s.draft !== s.saved;

/** A fresh id for a new item, unlike every id the draft already uses (ids must be unique across the resume). */
export function freshId(r: Resume, prefix: string): string {
  const used = new Set<string>([
    ...r.skills.map((g) => g.id),
    ...r.sections.flatMap((s) => [s.id, ...s.entries.flatMap((e) => [e.id, ...e.bullets.map((b) => b.id)])]),
  ]);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Moves item `i` of a list by `delta` places, in place; out of range is no change. */
export function move<T>(list: T[], i: number, delta: number): void {
  const j = i + delta;
  if (j < 0 || j >= list.length) return;
  const [item] = list.splice(i, 1);
  if (item !== undefined) list.splice(j, 0, item);
}

/** The whole draft at once (an accepted import): one undo step. */
export function replaceDraft(resume: Resume): void {
  lastCoalesce = null;
  useMasterEdit.setState({ draft: resume });
}
