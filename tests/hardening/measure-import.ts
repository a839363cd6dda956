// Run as `node --import tsx measure-import.ts FILE`: imports FILE through the service the way the app does and prints
// {ms, maxRssMb, ok, error} on stdout. A child process, so its peak memory is the import's alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { callMethod } from '../../src/service/call-method';
import { defaultServiceContext } from '../../src/service/service-context';

const file = process.argv[2] as string;
const bytes = readFileSync(file);
let maxGapMs = 0;
let last = performance.now();
const tick = setInterval(() => {
  const now = performance.now();
  maxGapMs = Math.max(maxGapMs, now - last);
  last = now;
}, 5);
const t0 = performance.now();
const ctx = defaultServiceContext({
  libraryDir: path.join(path.dirname(file), 'lib'),
  settingsFile: path.join(path.dirname(file), 's.json'),
});
const r = await callMethod(
  'importResumeFile',
  { fileName: path.basename(file), base64: bytes.toString('base64') },
  ctx,
);
const ms = performance.now() - t0;
clearInterval(tick);
process.stdout.write(
  JSON.stringify({
    ms: Math.round(ms),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    maxGapMs: Math.round(maxGapMs),
    ok: r.ok,
    error: r.ok ? null : r.error,
    name: r.ok ? (r.value as { resume: { basics: { name: string } } }).resume.basics.name : null,
  }) + '\n',
);
