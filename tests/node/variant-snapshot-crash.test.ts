import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotMeta } from '../../src/core/tailor/snapshot-schema';
import { getVariant, listVariants } from '../../src/node/variant-store';
import { FIXTURES } from '../core/tailor/fixture';
import { exportBytes } from '../fixtures/variants/crash-version';
import { seededRandom, testSeed } from '../support/test-seed';

const KILLS = 30;
const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(FIXTURES, 'crash-exporter.ts');
const SEED = testSeed();
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let work = '';
let command: string[] = [];

beforeAll(async () => {
  console.log(`variant-snapshot-crash: seed ${SEED} (replay with TAILOR_TEST_SEED=${SEED})`);
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-snapcrash-'));
  // Bundled once, as in variant-crash.test.ts: a quick start keeps the kills inside a reasonable time.
  try {
    const { build } = await import('esbuild');
    const outfile = path.join(ROOT, 'node_modules', '.cache', 'tailor-tests', `crash-exporter-${process.pid}.mjs`);
    await build({
      entryPoints: [SCRIPT],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'error',
    });
    command = [outfile];
  } catch {
    command = ['--import', 'tsx', SCRIPT];
  }
});
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
  if (command[0]?.endsWith('.mjs')) await fs.rm(command[0], { force: true });
});

function runAndKill(dir: string, random: () => number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...command, dir, path.join(FIXTURES, 'master.json')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let midLoop = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => {
      midLoop = true;
      setTimeout(() => child.kill('SIGKILL'), random() * 60);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the exporter exited by itself (code ${code}): ${stderr}`));
      else resolve(midLoop);
    });
  });
}

/** Every snapshot file is whole; every description matches its file; every history line names a whole snapshot. */
async function checkLibrary(dir: string): Promise<number> {
  const listed = await listVariants(dir);
  expect(listed.unreadable).toEqual([]);
  expect(listed.variants).toHaveLength(1);
  const id = listed.variants[0]!.id;
  const folder = path.join(dir, 'snapshots', id);
  const names = (await fs.readdir(folder).catch(() => [] as string[])).filter((n) => !n.endsWith('.tmp'));
  for (const name of names) {
    const bytes = await fs.readFile(path.join(folder, name));
    if (name.endsWith('.json')) {
      const meta = SnapshotMeta.parse(JSON.parse(bytes.toString('utf8')));
      expect(sha(await fs.readFile(path.join(dir, meta.file)))).toBe(meta.sha256);
      continue;
    }
    const n = Number(/-export-(\d+)\.pdf$/.exec(name)?.[1]);
    expect(Buffer.from(exportBytes(n)).equals(bytes), `${name} is torn`).toBe(true);
  }
  const got = await getVariant(dir, id);
  if (!got.ok) throw new Error(got.error);
  for (const e of got.value.variant.exportHistory) {
    const bytes = await fs.readFile(path.join(dir, e.snapshot!));
    expect(sha(bytes)).toBe(e.sha256);
  }
  return got.value.variant.exportHistory.length;
}

describe('a crash while exporting with a snapshot', () => {
  it(`leaves no snapshot or a whole one, never a torn file, and the variant readable (${KILLS} SIGKILLs)`, async () => {
    const dir = path.join(work, 'library');
    const random = seededRandom(SEED);
    let midLoop = 0;
    let exports = 0;
    for (let k = 0; k < KILLS; k++) {
      if (await runAndKill(dir, random)) midLoop++;
      exports = await checkLibrary(dir);
    }
    expect(midLoop).toBe(KILLS);
    // The loop really ran: exports were recorded across the kills.
    expect(exports).toBeGreaterThan(KILLS);
  }, 300_000);
});
