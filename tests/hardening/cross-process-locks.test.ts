import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/node/variant-lock';
import { callMethod } from '../../src/service/call-method';
import { ROOT } from '../support/run-cli';
import { hardeningContext } from './hardening-fixture';

let t: ReturnType<typeof hardeningContext>;
beforeEach(() => {
  t = hardeningContext();
});
afterEach(() => t.cleanup());

interface Tally {
  saved: number;
  conflicts: number;
  other: string[];
}

/** Starts the children, waits until each is ready, then lets them go at the same instant. */
async function race(jobs: { mode: string; arg: unknown }[]): Promise<Tally[]> {
  const go = path.join(t.dir, 'go');
  const ctxJson = JSON.stringify({
    resumePath: t.ctx.resumePath,
    libraryDir: t.ctx.libraryDir,
    settingsFile: t.ctx.settingsFile,
  });
  const children: { child: ChildProcess; out: Promise<string> }[] = [];
  const ready: Promise<void>[] = [];
  for (const j of jobs) {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'tests/hardening/lock-child.ts'), j.mode, ctxJson, go, JSON.stringify(j.arg)],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let text = '';
    ready.push(
      new Promise((res) =>
        child.stdout?.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.includes('ready\n')) res();
        }),
      ),
    );
    children.push({
      child,
      out: new Promise((res) => child.on('exit', () => res(text))),
    });
  }
  await Promise.all(ready);
  writeFileSync(go, '');
  const outs = await Promise.all(children.map((c) => c.out));
  return outs.map((o) => JSON.parse(o.trim().split('\n').at(-1) as string) as Tally);
}

const sum = (ts: Tally[]) => ({
  saved: ts.reduce((n, x) => n + x.saved, 0),
  conflicts: ts.reduce((n, x) => n + x.conflicts, 0),
  other: ts.flatMap((x) => x.other),
});

describe('locks hold across processes (the app and the CLI, two launches)', () => {
  it('5 processes × 10 master saves naming one revision: 1 saved, 49 conflicts', async () => {
    const open = await callMethod('openMaster', {}, t.ctx);
    if (!open.ok) throw new Error(open.error);
    const { revision } = open.value as { revision: string };
    const results = await race(Array.from({ length: 5 }, () => ({ mode: 'master', arg: { revision, n: 10 } })));
    expect(sum(results)).toEqual({ saved: 1, conflicts: 49, other: [] });
    expect(readdirSync(t.dir).filter((n) => n.endsWith('.lock'))).toEqual([]);
  }, 120_000);

  it('3 processes changing 3 settings at once: all 3 changes survive', async () => {
    const results = await race([
      { mode: 'settings', arg: { settings: { theme: 'dark' } } },
      { mode: 'settings', arg: { settings: { defaultTemplate: 'compact' } } },
      { mode: 'settings', arg: { settings: { defaultPageTarget: 2 } } },
    ]);
    expect(sum(results)).toMatchObject({ saved: 3, other: [] });
    const onDisk = JSON.parse(readFileSync(t.ctx.settingsFile, 'utf8')) as { settings: Record<string, unknown> };
    expect(onDisk.settings).toEqual({ theme: 'dark', defaultTemplate: 'compact', defaultPageTarget: 2 });
  }, 120_000);

  it('4 processes × 10 saves of one variant naming one revision: 1 saved, 39 conflicts', async () => {
    const made = await callMethod(
      'createVariant',
      { company: 'Acme', role: 'Nurse', postingText: 'Nurse for a surgical ward.' },
      t.ctx,
    );
    if (!made.ok) throw new Error(made.error);
    const { variant, revision } = made.value as { variant: { id: string }; revision: string };
    const results = await race(
      Array.from({ length: 4 }, () => ({ mode: 'variant', arg: { id: variant.id, revision, n: 10 } })),
    );
    expect(sum(results)).toEqual({ saved: 1, conflicts: 39, other: [] });
  }, 120_000);

  it('a lock left by a process that died is taken over at once; one held by a live process is waited for', async () => {
    const file = t.ctx.settingsFile;
    const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const owner = (pid: number) => JSON.stringify({ pid, host: os.hostname(), at: Date.now(), token: 'someone-else' });
    writeFileSync(lock, owner(Number(dead.stdout)));
    let t0 = performance.now();
    await withFileLock(file, async () => undefined);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(existsSync(lock)).toBe(false);

    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(lock, owner(live.pid as number));
      const released = new Promise<void>((res) =>
        setTimeout(() => {
          writeFileSync(path.join(t.dir, 'released'), '');
          rmSync(lock);
          res();
        }, 400),
      );
      t0 = performance.now();
      let ranAfterRelease = false;
      await withFileLock(file, async () => {
        ranAfterRelease = existsSync(path.join(t.dir, 'released'));
      });
      await released;
      expect(ranAfterRelease).toBe(true);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(350);
    } finally {
      live.kill();
    }
  }, 60_000);
});
