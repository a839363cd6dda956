import { useTailor } from './tailor-store';

/**
 * Undo history survives a reload of the window (sessionStorage: this tab only, gone when it closes), per variant,
 * and is restored only when the saved variant is exactly the state the history ends at.
 */
const KEY = (id: string) => `tailor.history.${id}`;
const KEEP = 60;

type Tracked = ReturnType<typeof tracked>;
const tracked = () => {
  const s = useTailor.getState();
  return { tailoring: s.tailoring, template: s.template, pageTarget: s.pageTarget };
};

export function restoreHistory(id: string): void {
  try {
    const raw = sessionStorage.getItem(KEY(id));
    if (!raw) return;
    const saved = JSON.parse(raw) as { current: string; past: Partial<Tracked>[]; future: Partial<Tracked>[] };
    if (saved.current !== canonical(tracked())) return;
    useTailor.temporal.setState({ pastStates: saved.past, futureStates: saved.future });
  } catch {
    // A damaged or over-full store only costs the old history.
  }
}

export function persistHistory(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return useTailor.temporal.subscribe(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const id = useTailor.getState().doc?.id;
      if (!id) return;
      const t = useTailor.temporal.getState();
      try {
        sessionStorage.setItem(
          KEY(id),
          JSON.stringify({
            current: canonical(tracked()),
            past: t.pastStates.slice(-KEEP),
            future: t.futureStates.slice(0, KEEP),
          }),
        );
      } catch {
        sessionStorage.removeItem(KEY(id));
      }
    }, 300);
  });
}

/** JSON with sorted keys: the same state read back from disk lists its fields in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
