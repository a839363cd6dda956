import type { Variant } from './variant-schema';

/**
 * Dates a status change as it is saved: the store calls this with what was on disk, so every path that changes the
 * status (the app's dropdown, `--set status=`, the tracker's board) leaves a dated step, and a save that leaves the
 * status alone adds nothing. A first save (or an older file without a history) starts the timeline at its status.
 */
export function withStatusDated(before: Variant | undefined, next: Variant, at: string): Variant {
  const history = next.statusHistory;
  const last = history[history.length - 1];
  if (last) return last.status === next.status ? next : { ...next, statusHistory: [...history, { status: next.status, at }] };
  if (!before) return { ...next, statusHistory: [{ status: next.status, at }] };
  // A file from before the tracker: its status then dates from its creation, as well as anyone can tell.
  const start = { status: before.status, at: before.createdAt };
  return {
    ...next,
    statusHistory: before.status === next.status ? [start] : [start, { status: next.status, at }],
  };
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
