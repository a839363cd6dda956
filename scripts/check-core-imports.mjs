#!/usr/bin/env node
// A second, dependency-free check of the core's purity (ESLint does the same with rules): src/core imports nothing
// from electron, react, the file system, paths, child processes or the shells, and touches no DOM globals.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'core');
const bannedModules = /^(electron|react|react-dom|(node:)?(fs|fs\/promises|path|child_process))$/;
const bannedLocal = /(^|\/)(node|main|preload|renderer|server|cli)\//;
const domGlobals = /(?<![\w.])(window|document|localStorage|navigator)\s*[.[]/;
const problems = [];

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (/\.(ts|tsx)$/.test(name)) check(file);
  }
}

function check(file) {
  const text = readFileSync(file, 'utf8');
  const rel = path.relative(process.cwd(), file);
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
    const spec = m[1];
    if (bannedModules.test(spec)) problems.push(`${rel}: imports "${spec}"`);
    if (
      spec.startsWith('.') &&
      bannedLocal.test(path.relative(root, path.resolve(path.dirname(file), spec)).replace(/^(\.\.\/)+/, ''))
    )
      problems.push(`${rel}: imports "${spec}" from outside the core`);
  }
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const dom = domGlobals.exec(code);
  if (dom) problems.push(`${rel}: uses the DOM global "${dom[1]}"`);
}

walk(root);
if (problems.length) {
  console.error(`src/core must stay pure:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('src/core imports: pure');
