#!/usr/bin/env node
// Bundles the CLI into out/cli so `tailor` starts without compiling TypeScript on every run (bin/tailor.mjs uses
// the bundle when it is newer than the sources, and runs the sources through tsx otherwise). Commands stay in
// separate chunks, loaded only when they run.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'out', 'cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  // The document reader runs in a worker thread (src/node/import-worker.ts looks for this file beside itself).
  entryPoints: {
    main: path.join(root, 'src/cli/main.ts'),
    'import-worker-entry': path.join(root, 'src/node/import-worker-entry.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // Packages Node loads fine on its own stay outside; natural's deep CommonJS files are bundled because Node's ESM
  // resolver will not find them without file extensions.
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'playwright-core', 'electron', 'jsonc-parser'],
  banner: {
    js: "import { createRequire as __tailorCreateRequire } from 'node:module'; const require = __tailorCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
});
