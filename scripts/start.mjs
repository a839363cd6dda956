#!/usr/bin/env node
// `npm start`: build, then open the Electron window; where Electron's binary is missing and cannot be fetched,
// serve the same renderer build on 127.0.0.1 and print its address (the browser build). `--browser` forces it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, tryInstallElectron } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser') || process.env.TAILOR_BROWSER === '1';

// `--no-build` reuses an existing build (tests start the app while other tests serve the same out/ folder).
const reuseBuild = args.includes('--no-build') && existsSync(path.join(root, 'out', 'renderer', 'index.html'));
const build = reuseBuild
  ? { status: 0 }
  : spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'),
        'build',
        '--config',
        'electron.config.ts',
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit' },
    );
if (build.status !== 0) {
  process.stderr.write('tailor: the build failed (see above)\n');
  process.exit(1);
}

let bin = forceBrowser ? null : electronBinary(root);
if (!bin && !forceBrowser && !process.env.TAILOR_NO_ELECTRON_INSTALL) {
  const r = tryInstallElectron(root);
  if (r.ok) bin = electronBinary(root);
  else process.stderr.write(`Could not get Electron (${r.reason}); starting the browser build instead.\n`);
}

const child = bin
  ? spawn(bin, [root, ...args.filter((a) => a !== '--browser' && a !== '--no-build')], {
      cwd: root,
      stdio: 'inherit',
      env: withoutRunAsNode(process.env),
    })
  : spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/start-server.ts')], {
      cwd: root,
      stdio: 'inherit',
    });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

function withoutRunAsNode(env) {
  // ELECTRON_RUN_AS_NODE left over from a parent tool would start Electron as plain Node, with no window.
  const copy = { ...env };
  delete copy.ELECTRON_RUN_AS_NODE;
  return copy;
}
