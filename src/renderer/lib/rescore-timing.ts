/**
 * Keystroke-to-rescore time: stamped when an input event arrives, read after React has committed the rescored
 * view. Published on <body data-rescore-ms> (last) and data-rescore-max-ms for the end-to-end test to report.
 */
let pending: number | null = null;
const samples: number[] = [];

/** Forget earlier samples (the test measures one stretch of typing). */
export function resetRescoreSamples(): void {
  samples.length = 0;
}

export function markKeystroke(): void {
  pending = performance.now();
}

export function markRescored(): void {
  if (pending === null) return;
  const ms = performance.now() - pending;
  pending = null;
  samples.push(ms);
  document.body.dataset.rescoreMs = ms.toFixed(2);
  document.body.dataset.rescoreSamples = String(samples.length);
  document.body.dataset.rescoreMaxMs = Math.max(...samples).toFixed(2);
  const sorted = [...samples].sort((a, b) => a - b);
  document.body.dataset.rescoreMedianMs = (sorted[Math.floor(sorted.length / 2)] ?? ms).toFixed(2);
  document.body.dataset.rescoreP95Ms = (sorted[Math.floor(sorted.length * 0.95)] ?? ms).toFixed(2);
  document.body.dataset.rescoreWorstAt = String(samples.indexOf(Math.max(...samples)));
}
