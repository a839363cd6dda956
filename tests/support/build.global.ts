// Vitest global setup for the tiers that run the built app or CLI (integration, e2e): builds once, before any test
// file starts, and only when the build is missing or older than what it is built from. Test files never build.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** What `npm run build` makes, and what it is made from. */
// The CLI bundle is not listed: bin/tailor.mjs keys it by content (out/cli-<key>/) and builds it itself when stale.
const OUTPUTS = ['out/renderer/index.html', 'out/main/index.js'].map((f) => path.join(ROOT, f));
const INPUTS = ['src', 'electron.config.ts', 'scripts/build-cli.mjs', 'package-lock.json'].map((f) =>
  path.join(ROOT, f),
);
const LOCK = path.join(os.tmpdir(), 'tailor-test-build.lock');
const LOCK_WAIT_MS = 5 * 60_000;

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

function oldestOutput(): number {
  try {
    return Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
  } catch {
    return 0;
  }
}

const isFresh = () => oldestOutput() >= Math.max(...INPUTS.map(newestMtime));

function build(): void {
  const started = Date.now();
  console.error('tests: building the app and the CLI once for this run (npm run build)');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal})`);
  console.error(`tests: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Waits for another vitest run's build (the lock is a folder: mkdir is atomic), polling every half second. */
async function holdLock(): Promise<boolean> {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (isFresh()) return false;
    if (Date.now() > until) throw new Error(`another test run held ${LOCK} for ${LOCK_WAIT_MS / 60_000} minutes`);
    await sleep(500);
  }
}

export default async function setup(): Promise<void> {
  if (isFresh()) return;
  if (!(await holdLock())) return;
  try {
    if (!isFresh()) build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
