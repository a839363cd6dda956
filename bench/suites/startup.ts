/**
 * CLI start-up, as ratios to `node -e 0` measured in the same run (interleaved, so machine load hits both alike):
 * `tailor --help`, `tailor score POSTING --json`, and the first run with no bundle yet (what `npx tailor` pays
 * right after `npm ci`: esbuild builds it, then it runs). That one runs in a fresh checkout each time (a temporary
 * folder with its own copy of bin/ and the build script, its own empty out/, and links to src/, templates/ and
 * node_modules/), so it pays the whole build and leaves this checkout's bundle alone for tests running beside it.
 * Also the cost of the bundle's cache key on every run: the stat walk (the usual path) and the content hash (after
 * a touch or checkout). Targets: --help <= 2.5x, score <= 4x, first run < 5 s.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleInputs, contentKey, statKey } from '../../bin/bundle-key.mjs';
import { fmtMs, measure, printTable } from '../bench-kit';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'tailor.mjs');
const POSTING = path.join(ROOT, 'tests/fixtures/postings/go-container-platform.txt');
const MASTER = path.join(ROOT, 'tests/fixtures/variants/master.json');
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 9);

/**
 * CPU time of the children this process has waited for (Linux: cutime + cstime of /proc/self/stat, in clock
 * ticks of 10 ms), or null elsewhere. Summed over many runs it gives a second ratio that machine load barely
 * moves, where the wall-clock ratio (the target) swings with whatever else the cores are doing.
 */
function childCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

const cpu: Record<string, number> = {};

function timed(args: string[], cwd = ROOT, cpuKey?: string): number {
  const c0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = performance.now() - t0;
  const c1 = childCpuMs();
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (cpuKey && c0 !== null && c1 !== null) cpu[cpuKey] = (cpu[cpuKey] ?? 0) + c1 - c0;
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** A checkout as `npm ci` leaves it: sources and dependencies, no out/. Copies where a real path matters. */
function freshCheckout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tailor-first-run-'));
  for (const f of ['bin/tailor.mjs', 'bin/bundle-key.mjs', 'scripts/build-cli.mjs', 'package.json']) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  for (const f of ['src', 'templates', 'node_modules', 'package-lock.json'])
    symlinkSync(path.join(ROOT, f), path.join(dir, f));
  return dir;
}

export default async function run(): Promise<void> {
  const help = [BIN, '--help'];
  const score = [BIN, 'score', POSTING, '--json', '--resume', MASTER];
  timed(help); // builds the bundle if it is stale, so the warm rows below are warm
  const t = { node: [] as number[], help: [] as number[], score: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    t.node.push(timed(['-e', '0'], ROOT, 'node'));
    t.help.push(timed(help, ROOT, 'help'));
    t.score.push(timed(score, ROOT, 'score'));
  }
  const first: number[] = [];
  const firstNode: number[] = [];
  const fresh = freshCheckout();
  try {
    for (let i = 0; i < 3; i++) {
      rmSync(path.join(fresh, 'out'), { recursive: true, force: true });
      firstNode.push(timed(['-e', '0']));
      first.push(timed([path.join(fresh, 'bin', 'tailor.mjs'), ...score.slice(1)], fresh));
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
  const base = median(t.node);
  const cpuRatio = (key?: string) =>
    key && cpu[key] !== undefined && cpu.node ? `${(cpu[key] / cpu.node).toFixed(2)}×` : '–';
  const row = (name: string, xs: number[], target: string, b = base, key?: string) => [
    name,
    fmtMs(median(xs)),
    `${(median(xs) / b).toFixed(2)}×`,
    cpuRatio(key),
    target,
  ];
  printTable(
    `CLI start-up, median of ${RUNS} interleaved runs (ratio to node -e 0 = ${fmtMs(base)}; CPU ratio: summed CPU time of the same runs)`,
    ['command', 'median', 'ratio', 'CPU ratio', 'target'],
    [
      row('node -e 0', t.node, '1×', base, 'node'),
      row('tailor --help', t.help, '≤ 2.5×', base, 'help'),
      row('tailor score POSTING --json', t.score, '≤ 4×', base, 'score'),
      row('first run, no bundle (build + score)', first, '< 5 s', median(firstNode)),
    ],
  );

  const files = bundleInputs(ROOT);
  const walk = await measure(() => statKey(ROOT, bundleInputs(ROOT)), { warmup: 3, runs: 30 });
  const hash = await measure(() => contentKey(ROOT, files), { warmup: 2, runs: 15 });
  printTable(
    `Bundle cache key over ${files.length} inputs`,
    ['step', 'median', 'p90', 'when'],
    [
      ['stat walk (list + size + mtime)', fmtMs(walk.median), fmtMs(walk.p90), 'every run'],
      ['content hash (sha256 of every input)', fmtMs(hash.median), fmtMs(hash.p90), 'only when a stat changed'],
    ],
  );
}
