#!/usr/bin/env node
// `npm test`: the whole suite. Checks for the real readers the tests use (Chromium, LibreOffice, poppler), installs
// them with apt where it may (root), or stops naming them; it never skips a check silently. Then lint, type-check
// and every vitest tier in turn (unit, integration, e2e; vitest.config.mts), printing each tier's wall time. The build
// happens once, in the global setup of the tiers that need it. Arguments go to every tier (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const needs = [
  { bin: 'chromium', pkg: 'chromium' },
  { bin: 'soffice', pkg: 'libreoffice-writer-nogui' },
  { bin: 'pdftotext', pkg: 'poppler-utils' },
  { bin: 'pdffonts', pkg: 'poppler-utils' },
  { bin: 'pdfinfo', pkg: 'poppler-utils' },
  { bin: 'pdftoppm', pkg: 'poppler-utils' },
];
const fontsPkgs = ['fonts-liberation', 'fonts-dejavu-core'];

const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
const missing = needs.filter((n) => !has(n.bin));
if (missing.length) {
  const pkgs = [...new Set([...missing.map((m) => m.pkg), ...fontsPkgs])];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    console.error(
      `The tests need ${missing.map((m) => m.bin).join(', ')}. Install them first, e.g.:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')}`,
    );
    process.exit(1);
  }
  console.error(`Installing what the tests need: ${pkgs.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { DEBIAN_FRONTEND: 'noninteractive' });
}

run('npm', ['run', '--silent', 'lint']);
run('npm', ['run', '--silent', 'typecheck']);

// Every tier runs even when one before it failed, so one run reports the whole suite.
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const tiers = ['unit', 'integration', 'e2e'].map((name) => {
  const started = Date.now();
  const status = run(
    process.execPath,
    [vitest, 'run', '--project', name, '--passWithNoTests', ...process.argv.slice(2)],
    {},
    false,
  );
  return { name, status, seconds: (Date.now() - started) / 1000 };
});
console.error('\nWall time by tier:');
for (const t of tiers)
  console.error(
    `  ${t.name.padEnd(12)} ${t.seconds.toFixed(1).padStart(7)} s  ${t.status === 0 ? 'passed' : 'FAILED'}`,
  );
const total = tiers.reduce((n, t) => n + t.seconds, 0);
console.error(`  ${'all'.padEnd(12)} ${total.toFixed(1).padStart(7)} s`);
const failed = tiers.filter((t) => t.status !== 0);
if (failed.length) {
  console.error(`\nFailed tiers: ${failed.map((t) => t.name).join(', ')}`);
  process.exit(1);
}

function run(cmd, args, env = {}, stopOnFailure = true) {
  console.error(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    if (stopOnFailure) process.exit(r.status || 1);
  }
  return r.status;
}
