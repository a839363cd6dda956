import type { Variant } from './variant-schema';

/**
 * Dates a status change as it is saved: the store calls this with what was on disk, so every path that changes the
 * status (the app's dropdown, `--set status=`, the tracker's board) leaves a dated step, and a save that leaves the
 * status alone adds nothing. The timeline is the store's: it grows from the one on disk, never from what the caller
 * sent (a window that opened the variant before a step was added must not drop that step). A file from before the
 * tracker starts its timeline at its status then, dated from its creation, as well as anyone can tell.
 */
export function withStatusDated(before: Variant | undefined, next: Variant, at: string): Variant {
  const history = before
    ? before.statusHistory.length
      ? before.statusHistory
      : [{ status: before.status, at: before.createdAt }]
    : next.statusHistory;
  const last = history[history.length - 1];
  if (last?.status === next.status) return { ...next, statusHistory: history };
  return { ...next, statusHistory: [...history, { status: next.status, at }] };
}

/** When the variant reached its current status (or was created, if nothing dated it). */
export function statusSince(v: Variant): string {
  const last = v.statusHistory[v.statusHistory.length - 1];
  return last && last.status === v.status ? last.at : v.createdAt;
}

/** The first time it was applied (or went past it): what "sent on" means to a tracker. */
export function appliedAt(v: Variant): string | null {
  const sent = v.statusHistory.find((s) => s.status !== 'draft');
  return sent?.at ?? null;
}
