/** Timing helpers for bench/: medians of warm runs, always reported beside a baseline from the same process. */
export interface Timing {
  median: number;
  p90: number;
  runs: number;
}

export async function measure(
  fn: () => unknown | Promise<unknown>,
  opts: { warmup?: number; runs?: number; maxMs?: number } = {},
): Promise<Timing> {
  const warmup = opts.warmup ?? 5;
  const runs = opts.runs ?? 30;
  const maxMs = opts.maxMs ?? 10_000;
  // Every case starts from a collected heap (`npm run bench` runs with --expose-gc), so one case's leftovers are
  // not collected on the next one's clock.
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    if (performance.now() - started > maxMs && times.length >= 3) break;
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p90: quantile(times, 0.9), runs: times.length };
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] ?? NaN;
}

export function fmtMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function ratio(ours: number, baseline: number): string {
  return baseline >= ours ? `${(baseline / ours).toFixed(1)}× faster` : `${(ours / baseline).toFixed(1)}× slower`;
}

export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n## ${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}
