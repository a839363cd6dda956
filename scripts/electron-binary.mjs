// Finds Electron's binary, or fetches it once with Electron's own installer. npm install never runs that installer
// (.npmrc sets ignore-scripts so installs succeed where the binary cannot be downloaded), so `npm start` does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function electronBinary(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  try {
    const rel = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

export function tryInstallElectron(root) {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  process.stderr.write("Electron's binary is missing; fetching it with Electron's installer (once)…\n");
  const r = spawnSync(process.execPath, [installer], {
    cwd: path.dirname(installer),
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 300_000,
    encoding: 'utf8',
  });
  if (r.status === 0 && electronBinary(root)) return { ok: true };
  const firstLine =
    (r.stderr || r.error?.message || 'unknown error').split('\n').find((l) => l.trim()) ?? 'unknown error';
  return { ok: false, reason: firstLine.trim() };
}
