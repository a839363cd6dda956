// The CLI bundle's cache key, shared by bin/tailor.mjs (every run) and scripts/build-cli.mjs (every build).
//
// Two keys, because hashing every byte of src/ on every run would cost more than the run:
// - statKey: a hash of each input's path, size and mtime. A stat walk of ~200 files takes a few milliseconds.
// - contentKey: a hash of each input's path and bytes. The bundle's folder (out/cli-<key>) is named by it.
// A run whose statKey matches the stamp starts the bundle at once. When it differs (an edit, a git checkout, a
// dependency upgrade, or only a touch) the contents decide: same contentKey, the stamp gets the new statKey and
// the bundle runs; different, it is rebuilt. Inputs: every file under src/, package-lock.json (a dependency
// upgrade changes what gets bundled) and the build script itself (a change of build options).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Paths are joined by hand: path.join and path.relative normalize every path they touch, which for a few hundred
// files on every run costs more than the stat calls themselves.
export function bundleInputs(root) {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = dir + path.sep + e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  walk(path.join(root, 'src'));
  files.sort();
  files.push(path.join(root, 'package-lock.json'), path.join(root, 'scripts', 'build-cli.mjs'));
  return files;
}

export function statKey(root, files = bundleInputs(root)) {
  const h = createHash('sha1');
  for (const f of files) {
    let s = null;
    try {
      s = statSync(f);
    } catch {
      // A missing input is part of the key too.
    }
    h.update(`${relative(root, f)}\0${s ? `${s.size}:${s.mtimeMs}` : '-'}\n`);
  }
  return h.digest('hex');
}

export function contentKey(root, files = bundleInputs(root)) {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(`${relative(root, f)}\0`);
    try {
      h.update(readFileSync(f));
    } catch {
      h.update('-');
    }
    h.update('\n');
  }
  return h.digest('hex').slice(0, 16);
}

const relative = (root, f) => (f.startsWith(root + path.sep) ? f.slice(root.length + 1) : path.relative(root, f));

// out/cli-<key>/: two levels under the root, as out/main is, since src/node finds the project root from its own file.
export const bundleDir = (root, key) => path.join(root, 'out', `cli-${key}`);
export const stampFile = (root) => path.join(root, 'out', 'cli-stamp.json');
