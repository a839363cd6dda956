// Child process for the cross-process lock test. Waits for the go file, then makes its changes through the service
// all at once and prints what came back: node --import tsx lock-child.ts <master|settings|variant> <ctx json> <go file> <arg>
import { existsSync } from 'node:fs';
import { callMethod } from '../../src/service/call-method';
import { defaultServiceContext } from '../../src/service/service-context';

const [mode, ctxJson, goFile, arg] = process.argv.slice(2) as [string, string, string, string];
const ctx = defaultServiceContext(JSON.parse(ctxJson) as Record<string, string>);
process.stdout.write('ready\n');
while (!existsSync(goFile)) await new Promise((r) => setTimeout(r, 2));

const tally = { saved: 0, conflicts: 0, other: [] as string[] };
const count = (r: Awaited<ReturnType<typeof callMethod>>) => {
  if (r.ok) tally.saved++;
  else if (r.code === 'conflict') tally.conflicts++;
  else tally.other.push(r.error);
};

if (mode === 'master') {
  const { revision, n } = JSON.parse(arg) as { revision: string; n: number };
  const open = await callMethod('openMaster', {}, ctx);
  if (!open.ok) throw new Error(open.error);
  const resume = (open.value as { resume: Record<string, unknown> }).resume;
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      callMethod(
        'saveMaster',
        { resume: { ...resume, summary: `${process.pid} ${i}` }, expectedRevision: revision },
        ctx,
      ),
    ),
  );
  results.forEach(count);
} else if (mode === 'settings') {
  count(await callMethod('saveSettings', JSON.parse(arg) as Record<string, unknown>, ctx));
} else if (mode === 'variant') {
  const { id, revision, n } = JSON.parse(arg) as { id: string; revision: string; n: number };
  const got = await callMethod('getVariant', { id }, ctx);
  if (!got.ok) throw new Error(got.error);
  const variant = (got.value as { variant: Record<string, unknown> }).variant;
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      callMethod(
        'saveVariant',
        { variant: { ...variant, notes: `${process.pid} ${i}` }, expectedRevision: revision },
        ctx,
      ),
    ),
  );
  results.forEach(count);
}
process.stdout.write(JSON.stringify(tally) + '\n');
