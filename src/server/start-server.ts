/**
 * The browser build: `npm start` runs this when no Electron binary can be had. Serves the renderer build and the
 * service on 127.0.0.1 with a per-launch token, prints the URL, and opens the default browser when there is one.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../node/load-resume';
import { defaultServiceContext } from '../service/service-context';
import { startServer } from './http-server';

const staticDir = process.env.TAILOR_STATIC_DIR ?? path.join(PROJECT_ROOT, 'out', 'renderer');
const server = await startServer({
  staticDir,
  ctx: defaultServiceContext(),
  port: Number(process.env.TAILOR_PORT ?? 0),
});
process.stdout.write(`Tailor is running at ${server.url}\n`);
process.stderr.write(
  "Open that address in your browser (it includes this launch's access token). Press Ctrl+C to stop.\n",
);
if (!process.env.TAILOR_NO_BROWSER) openBrowser(server.url);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser opener here: the printed URL is enough.
  }
}
