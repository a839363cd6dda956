#!/usr/bin/env node
// Bundles the CLI into out/cli-<content key>/ so `tailor` starts without compiling TypeScript (bin/tailor.mjs runs
// it, and calls this when the bundle is absent or stale; see bin/bundle-key.mjs for the key). Commands and the
// service's methods stay in separate chunks, loaded only when they run, and core's data tables are built once
// here and shipped beside them (tables.v8), so a command that scores reads them instead of building them.
//
// Several `tailor` processes may find the bundle stale at once (a test run spawns many): each builds into its own
// temporary folder and renames it into place, the stamp is written atomically, and folders of older keys are
// removed only once they are not the newest two, so a process still loading chunks from one is not cut short.
import { build } from 'esbuild';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleDir, bundleInputs, contentKey, stampFile, statKey } from '../bin/bundle-key.mjs';

const KEEP = 2;

export async function buildCli(root) {
  const files = bundleInputs(root);
  const stat = statKey(root, files);
  const key = contentKey(root, files);
  const base = path.join(root, 'out');
  const target = bundleDir(root, key);
  mkdirSync(base, { recursive: true });
  if (!exists(path.join(target, 'main.mjs'))) {
    const tmp = path.join(base, `.cli-tmp-${process.pid}-${Date.now()}`);
    await build({
      // The document reader runs in a worker thread (src/node/import-worker.ts looks for this file beside itself).
      entryPoints: {
        main: path.join(root, 'src/cli/main.ts'),
        'import-worker-entry': path.join(root, 'src/node/import-worker-entry.ts'),
        'write-table-snapshot': path.join(root, 'src/cli/write-table-snapshot.ts'),
      },
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      // Packages Node loads fine on its own stay outside; natural's deep CommonJS files are bundled because Node's
      // ESM resolver will not find them without file extensions. jsonc-parser (read only to word a JSON syntax
      // error) is bundled from its ES module build: as a package it is six CommonJS files loaded on every run.
      external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'playwright-core', 'electron'],
      alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
      banner: {
        js: "import { createRequire as __tailorCreateRequire } from 'node:module'; const require = __tailorCreateRequire(import.meta.url);",
      },
      plugins: [lazyJson(root, tmp), noZodLocales],
      logLevel: 'warning',
      legalComments: 'none',
      // Node 20 keeps no compile cache: every run scans each chunk it loads, so fewer bytes start sooner.
      minifyWhitespace: true,
      minifySyntax: true,
    });
    await writeTableSnapshot(tmp);
    try {
      renameSync(tmp, target);
    } catch {
      // Another process put the same key in place first: its bundle is byte-for-byte this one.
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const stampTmp = `${stampFile(root)}.${process.pid}.tmp`;
  writeFileSync(stampTmp, JSON.stringify({ key, statKey: stat }) + '\n');
  renameSync(stampTmp, stampFile(root));
  prune(base, path.basename(target));
  return { key, dir: target };
}

// Core's data files (the skill lists, the lexicons, the taxonomy index: about 3.7 MB) are only read to build
// tables the snapshot already holds, yet inlined, even as string literals, V8 scans every byte of them on each
// load (Node 20 keeps no compile cache). A large one is copied beside the chunks (data/) and read on the first
// read of a top-level field; a small one becomes a string parsed then. The modules only ever read fields of their
// default import. The file is the build's own output, so it is read whole, like the chunks themselves.
const INLINE_JSON_MAX = 8 * 1024;

function lazyJson(root, outdir) {
  return {
    name: 'lazy-json',
    setup(b) {
      // esbuild reports real paths: src/ may be a link (the start-up bench builds a fresh checkout that way).
      const src = realpathSync(path.join(root, 'src')) + path.sep;
      b.onLoad({ filter: /\.json$/ }, (args) => {
        if (!args.path.startsWith(src)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const value = JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
        const fields = Object.keys(value)
          .map((k) => `get ${JSON.stringify(k)}() { return data()[${JSON.stringify(k)}]; }`)
          .join(',\n');
        const compact = JSON.stringify(value);
        let head;
        if (compact.length <= INLINE_JSON_MAX) {
          head = `const raw = ${JSON.stringify(compact)};\nlet parsed;\nconst data = () => (parsed ??= JSON.parse(raw));\n`;
        } else {
          const name = args.path.slice(src.length).replace(/[\\/]/g, '--');
          mkdirSync(path.join(outdir, 'data'), { recursive: true });
          writeFileSync(path.join(outdir, 'data', name), compact);
          head =
            `import { readFileSync as __read } from 'node:fs';\nlet parsed;\n` +
            `const data = () => (parsed ??= JSON.parse(__read(new URL(${JSON.stringify(`./data/${name}`)}, import.meta.url), 'utf8')));\n`;
        }
        return { contents: `${head}export default {\n${fields}\n};\n`, loader: 'js' };
      });
    },
  };
}

// zod's index re-exports every locale's messages as \`z.locales\`, which nothing here uses (English is registered
// by zod's own schemas module, not through this index): about 60 modules compiled on every run for nothing.
const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// Core's data tables (the skill taxonomy, the lexicons), built once here by the bundle's own code and read back
// by every run that scores (see src/cli/table-snapshot.ts). Without the file the CLI still works, building them.
async function writeTableSnapshot(dir) {
  try {
    const { writeTableSnapshot } = await import(pathToFileURL(path.join(dir, 'write-table-snapshot.mjs')).href);
    writeTableSnapshot(path.join(dir, 'tables.v8'));
  } catch (e) {
    process.stderr.write(`tailor: no table snapshot (${e.message}); each run builds the tables itself\n`);
  }
}

function exists(p) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function prune(base, current) {
  const dirs = readdirSync(base, { withFileTypes: true })
    .filter(
      (e) => e.isDirectory() && e.name !== current && (e.name.startsWith('cli-') || e.name.startsWith('.cli-tmp-')),
    )
    .map((e) => ({ name: e.name, at: statSync(path.join(base, e.name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  const stale = (d) => d.name.startsWith('.cli-tmp-') && Date.now() - d.at > 10 * 60_000;
  const old = dirs.filter((d) => d.name.startsWith('cli-')).slice(KEEP - 1);
  for (const d of [...old, ...dirs.filter(stale)]) rmSync(path.join(base, d.name), { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { dir } = await buildCli(root);
  process.stderr.write(`built the tailor CLI in ${path.relative(root, dir)}\n`);
}
