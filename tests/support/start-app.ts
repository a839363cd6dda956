import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MASTER, ROOT } from './run-cli';
import { cleanTestEnv } from './test-env';

export interface StartedApp {
  url: string;
  origin: string;
  port: number;
  token: string;
  stop(): Promise<void>;
}

/**
 * Waits for a started app server to print "running at <url>" and returns it. `stop` ends the process (its whole
 * group when it was started detached) and then runs `cleanup`.
 */
export function waitForAppUrl(
  child: ChildProcess,
  label: string,
  timeoutMs: number,
  cleanup: () => void = () => undefined,
): Promise<StartedApp> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`${label} printed no URL in ${timeoutMs / 1000} s:\n${out}\n${err}`)),
      timeoutMs,
    );
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(out);
      if (!m?.[1] || !m[2] || !m[3]) return;
      clearTimeout(timer);
      const port = Number(m[2]);
      resolve({
        url: m[1],
        origin: `http://127.0.0.1:${port}`,
        port,
        token: m[3],
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => {
              cleanup();
              done();
            });
            try {
              if (child.pid && isGroupLeader(child)) process.kill(-child.pid, 'SIGTERM');
              else child.kill('SIGTERM');
            } catch {
              cleanup();
              done();
            }
          }),
      });
    });
    child.on('exit', (code) => reject(new Error(`${label} exited (${code}) before printing a URL:\n${out}\n${err}`)));
  });
}

const groupLeaders = new WeakSet<ChildProcess>();
const isGroupLeader = (c: ChildProcess) => groupLeaders.has(c);

/**
 * Runs `npm start`'s script in browser mode, as a user without Electron gets it, and waits for its URL. It reuses the
 * build `npm test` made (rebuilding would empty out/ under tests running beside it) and, unless told otherwise, uses
 * the fixture master and keeps variants and settings in a fresh temporary folder rather than the person's own.
 */
export function startBrowserApp(env: Record<string, string> = {}): Promise<StartedApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tailor-app-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--browser', '--no-build'], {
    cwd: ROOT,
    env: {
      ...cleanTestEnv(process.env),
      TAILOR_NO_BROWSER: '1',
      TAILOR_RESUME: MASTER,
      TAILOR_LIBRARY: path.join(dir, 'variants'),
      TAILOR_SETTINGS: path.join(dir, 'settings.json'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: start.mjs spawns the server, and stopping must end both.
    detached: true,
  });
  groupLeaders.add(child);
  return waitForAppUrl(child, 'npm start', 90_000);
}
