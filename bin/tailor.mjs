#!/usr/bin/env node
// Runs the bundled CLI (out/cli-<key>/main.mjs). When the bundle is absent or stale (see bundle-key.mjs) it is
// built first, saying so on stderr; the sources never run through a TypeScript loader here.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleDir, bundleInputs, contentKey, stampFile, statKey } from './bundle-key.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile(root), 'utf8'));
  } catch {
    return null;
  }
}

async function currentBundle() {
  const stamp = readStamp();
  const files = bundleInputs(root);
  const stat = statKey(root, files);
  if (stamp && stamp.statKey === stat) return bundleDir(root, stamp.key);
  if (stamp && stamp.key === contentKey(root, files)) {
    // Touched, not changed (a git checkout, a copy): remember the new stat key so the next run is the fast one.
    const tmp = `${stampFile(root)}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify({ key: stamp.key, statKey: stat }) + '\n');
      renameSync(tmp, stampFile(root));
    } catch {
      // A read-only checkout still runs; it only pays for the content hash each time.
    }
    return bundleDir(root, stamp.key);
  }
  process.stderr.write(
    stamp
      ? 'tailor: the sources changed; rebuilding the CLI bundle…\n'
      : 'tailor: building the CLI bundle (first run)…\n',
  );
  let buildCli;
  try {
    ({ buildCli } = await import('../scripts/build-cli.mjs'));
  } catch (e) {
    process.stderr.write(`tailor: cannot build the CLI (${e.message}); run "npm install" and try again\n`);
    process.exit(70);
  }
  return (await buildCli(root)).dir;
}

// `tailor ... | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// Node 22 and later keep V8's compiled code of the bundle between runs (Node 20 has no such cache and skips this).
module.enableCompileCache?.(path.join(root, 'out', '.compile-cache'));
const { main } = await import(pathToFileURL(path.join(await currentBundle(), 'main.mjs')).href);
process.exitCode = await main(process.argv.slice(2));
