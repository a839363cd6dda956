import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './run-cli';

export interface StartedApp {
  url: string;
  origin: string;
  port: number;
  token: string;
  stop(): Promise<void>;
}

/**
 * Runs `npm start`'s script in browser mode, as a user without Electron gets it, and waits for its URL. It reuses the
 * build `npm test` made (rebuilding would empty out/ under tests running beside it) and, unless told otherwise, keeps
 * variants in a fresh temporary library rather than the person's own.
 */
export function startBrowserApp(env: Record<string, string> = {}): Promise<StartedApp> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--browser', '--no-build'], {
      cwd: ROOT,
      env: { ...process.env, TAILOR_NO_BROWSER: '1', TAILOR_LIBRARY: mkdtempSync(path.join(tmpdir(), 'tailor-app-')), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`npm start printed no URL in 90 s:\n${out}\n${err}`)), 90_000);
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
            child.once('exit', () => done());
            try {
              process.kill(-(child.pid ?? 0), 'SIGTERM');
            } catch {
              done();
            }
          }),
      });
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${out}\n${err}`)));
  });
}
