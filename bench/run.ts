/**
 * `npm run bench`: runs every suite in bench/suites (or those named on the command line) in one process,
 * each printing its figures beside a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'suites');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => !wanted.length || wanted.some((w) => f.includes(w)))
  .sort();

for (const f of files) {
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: () => Promise<void> };
  console.log(`\n# ${f.replace(/\.ts$/, '')}`);
  await mod.default();
}
