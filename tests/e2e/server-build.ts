import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MASTER, ROOT } from '../support/run-cli';
import { cleanTestEnv } from '../support/test-env';
import { waitForAppUrl, type StartedApp } from '../support/start-app';

const OUT = path.join(ROOT, 'out', 'renderer');

export type RunningApp = StartedApp;

/**
 * A private copy of the renderer build, checked whole (every asset the page and its script name is there). The build
 * itself happens once, before any test file, in tests/support/build.global.ts.
 */
function snapshotRenderer(): string {
  const dest = mkdtempSync(path.join(os.tmpdir(), 'tailor-renderer-'));
  try {
    cpSync(OUT, dest, { recursive: true });
    const html = readFileSync(path.join(dest, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1] as string);
    const scripts = refs.filter((r) => r.endsWith('.js')).map((r) => readFileSync(path.join(dest, r), 'utf8'));
    const nested = scripts.flatMap((s) => [...s.matchAll(/assets\/[\w.-]+\.(?:mjs|js|css)/g)].map((m) => m[0]));
    if (refs.length && [...refs, ...nested].every((r) => statSync(path.join(dest, r)).size > 0)) return dest;
  } catch {
    // Reported below.
  }
  rmSync(dest, { recursive: true, force: true });
  throw new Error(`${OUT} is missing or incomplete: run the e2e tests through vitest (its global setup builds)`);
}

/**
 * The browser build's server (src/server/start-server.ts) on its own copy of the renderer build, with the fixture
 * master unless `env` names another.
 */
export function startServerBuild(env: Record<string, string>): Promise<RunningApp> {
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
