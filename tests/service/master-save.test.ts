import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callMethod } from '../../src/service/call-method';
import type { Resume } from '../../src/core/resume/schema';
import { MASTER } from '../support/run-cli';
import { call, tempContext } from './service-fixture';

let t: ReturnType<typeof tempContext>;
let master: string;
const original = readFileSync(MASTER, 'utf8');

beforeEach(() => {
  t = tempContext();
  master = path.join(t.dir, 'master.json');
  writeFileSync(master, original);
  t.ctx.resumePath = master;
});
afterEach(() => t.cleanup());

const firstBullet = (r: Resume) => {
  const b = r.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets))[0];
  if (!b) throw new Error('the master has no bullet');
  return b;
};

describe('saveMaster', () => {
  it('saves an edited bullet, keeps the previous file as the backup, and loadMaster sees the change', async () => {
    const opened = await call(t.ctx, 'openMaster', {});
    const edited = structuredClone(opened.resume);
    firstBullet(edited).text = [{ text: 'Rewrote the ' }, { text: 'CUDA', bold: true }, { text: ' kernels' }];
    const saved = await call(t.ctx, 'saveMaster', { resume: edited, expectedRevision: opened.revision });
    expect(saved.backup).toBe(path.join(t.dir, 'master.backup.json'));
    expect(readFileSync(path.join(t.dir, 'master.backup.json'), 'utf8')).toBe(original);
    const loaded = await call(t.ctx, 'loadMaster', {});
    expect(firstBullet(loaded.resume).text).toEqual([
      { text: 'Rewrote the ' },
      { text: 'CUDA', bold: true },
      { text: ' kernels' },
    ]);
    expect(saved.revision).not.toBe(opened.revision);
    expect((await call(t.ctx, 'openMaster', {})).revision).toBe(saved.revision);
  });

  it('refuses an invalid resume with the path of the problem, and writes nothing', async () => {
    const opened = await call(t.ctx, 'openMaster', {});
    const bad = structuredClone(opened.resume);
    const s = bad.sections.findIndex((x) => x.entries.some((e) => e.bullets.length > 1));
    const e = bad.sections[s]!.entries.findIndex((x) => x.bullets.length > 1);
    bad.sections[s]!.entries[e]!.bullets[1]!.text = [{ text: '   ' }];
    const r = await callMethod('saveMaster', { resume: bad, expectedRevision: opened.revision }, t.ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('bad-input');
    expect(r.error).toContain(`sections[${s}].entries[${e}].bullets[1].text: must not be empty`);
    expect(readFileSync(master, 'utf8')).toBe(original);
    expect(existsSync(path.join(t.dir, 'master.backup.json'))).toBe(false);
  });

  it('refuses a stale revision (the file changed on disk since it was opened), and writes nothing', async () => {
    const opened = await call(t.ctx, 'openMaster', {});
    const elsewhere = original.replace('"schemaVersion": 1', '"schemaVersion":1');
    expect(elsewhere).not.toBe(original);
    writeFileSync(master, elsewhere);
    const r = await callMethod('saveMaster', { resume: opened.resume, expectedRevision: opened.revision }, t.ctx);
    expect(r).toMatchObject({ ok: false, code: 'conflict' });
    expect(readFileSync(master, 'utf8')).toBe(elsewhere);
    expect(existsSync(path.join(t.dir, 'master.backup.json'))).toBe(false);
  });

  it('the backup is the version before the latest save, not the first one', async () => {
    const opened = await call(t.ctx, 'openMaster', {});
    const one = structuredClone(opened.resume);
    one.summary = 'First summary.';
    const s1 = await call(t.ctx, 'saveMaster', { resume: one, expectedRevision: opened.revision });
    const afterFirst = readFileSync(master, 'utf8');
    const two = structuredClone(one);
    two.summary = 'Second summary.';
    await call(t.ctx, 'saveMaster', { resume: two, expectedRevision: s1.revision });
    expect(readFileSync(path.join(t.dir, 'master.backup.json'), 'utf8')).toBe(afterFirst);
    expect(JSON.parse(readFileSync(master, 'utf8')).summary).toBe('Second summary.');
  });
});
