import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MASTER, ROOT } from '../support/run-cli';
import { cleanTestEnv } from '../support/test-env';
import { waitForAppUrl, type StartedApp } from '../support/start-app';

const OUT = path.join(ROOT, 'out', 'renderer');
const SOURCES = ['src/renderer', 'src/service', 'src/core'].map((d) => path.join(ROOT, d));

export type RunningApp = StartedApp;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when its sources are newer than the build (a run of just the e2e files after an edit). */
function buildIfStale(): void {
  let built = 0;
  try {
    built = statSync(path.join(OUT, 'index.html')).mtimeMs;
  } catch {
    // Not built yet.
  }
  if (built && SOURCES.every((d) => newestMtime(d) <= built)) return;
  // One build at a time across test files (vitest runs two at once).
  const lock = path.join(os.tmpdir(), 'tailor-e2e-build.lock');
  for (let i = 0; i < 240; i++) {
    try {
      mkdirSync(lock);
      try {
        const r = spawnSync(
          process.execPath,
          [
            path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'),
            'build',
            '--config',
            'electron.config.ts',
            '--logLevel',
            'warn',
          ],
          { cwd: ROOT, stdio: 'inherit' },
        );
        if (r.status !== 0) throw new Error('the renderer build failed');
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      spawnSync('sleep', ['0.5']);
    }
  }
  throw new Error(`another build held ${lock} for two minutes`);
}

/**
 * A private copy of the renderer build, checked whole (every asset the page and its script name is there): other
 * test files run `npm start`, which rebuilds out/ while this file's pages load.
 */
function snapshotRenderer(): string {
  for (let attempt = 0; attempt < 60; attempt++) {
    const dest = mkdtempSync(path.join(os.tmpdir(), 'tailor-renderer-'));
    try {
      cpSync(OUT, dest, { recursive: true });
      const html = readFileSync(path.join(dest, 'index.html'), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1] as string);
      const scripts = refs.filter((r) => r.endsWith('.js')).map((r) => readFileSync(path.join(dest, r), 'utf8'));
      const nested = scripts.flatMap((s) => [...s.matchAll(/assets\/[\w.-]+\.(?:mjs|js|css)/g)].map((m) => m[0]));
      if (refs.length && [...refs, ...nested].every((r) => statSync(path.join(dest, r)).size > 0)) return dest;
    } catch {
      // Mid-build: try again.
    }
    rmSync(dest, { recursive: true, force: true });
    spawnSync('sleep', ['1']);
  }
  throw new Error(`${OUT} is missing or incomplete: run npm run build`);
}

/**
 * The browser build's server (src/server/start-server.ts) on its own copy of the renderer build, with the fixture
 * master unless `env` names another.
 */
export function startServerBuild(env: Record<string, string>): Promise<RunningApp> {
  buildIfStale();
  const staticDir = snapshotRenderer();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/start-server.ts')], {
    cwd: ROOT,
    env: {
      ...cleanTestEnv(process.env),
      TAILOR_NO_BROWSER: '1',
      TAILOR_STATIC_DIR: staticDir,
      TAILOR_RESUME: MASTER,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return waitForAppUrl(child, 'the server', 60_000, () => rmSync(staticDir, { recursive: true, force: true }));
}
