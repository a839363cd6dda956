/**
 * Keystroke-to-rescore time: stamped when an input event arrives, read after React has committed the rescored
 * view. Published per kind of typing on <body data-rescore-KIND-*> (samples, median, p95, max) for the
 * end-to-end test to report; nothing in the app reads it.
 */
export type TypingKind = 'posting' | 'reword';

let pending: { kind: TypingKind; at: number } | null = null;
const samples: Record<TypingKind, number[]> = { posting: [], reword: [] };

export function markKeystroke(kind: TypingKind): void {
  pending = { kind, at: performance.now() };
}

export function markRescored(): void {
  if (pending === null) return;
  const ms = performance.now() - pending.at;
  const list = samples[pending.kind];
  const prefix = `rescore-${pending.kind}`;
  pending = null;
  list.push(ms);
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? ms).toFixed(2);
  const d = document.body.dataset;
  d[camel(`${prefix}-samples`)] = String(list.length);
  d[camel(`${prefix}-median-ms`)] = at(0.5);
  d[camel(`${prefix}-p95-ms`)] = at(0.95);
  d[camel(`${prefix}-max-ms`)] = at(1);
  d[camel(`${prefix}-first-ms`)] = (list[0] ?? ms).toFixed(2);
}

const camel = (s: string) => s.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
