import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, listBackups } from '../../src/node/file-backups';
import { callMethod } from '../../src/service/call-method';
import type { Resume } from '../../src/core/resume/schema';
import { hardeningContext } from './hardening-fixture';

let t: ReturnType<typeof hardeningContext>;
beforeEach(() => {
  t = hardeningContext();
});
afterEach(() => t.cleanup());

async function open(): Promise<{ resume: Resume; revision: string }> {
  const r = await callMethod('openMaster', {}, t.ctx);
  if (!r.ok) throw new Error(r.error);
  return r.value as { resume: Resume; revision: string };
}

describe('master save under a lock', () => {
  it('50 concurrent saves naming one revision: 1 saved, 49 conflicts, and the file holds the one that was saved', async () => {
    const { resume, revision } = await open();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        callMethod('saveMaster', { resume: { ...resume, summary: `version ${i}` }, expectedRevision: revision }, t.ctx),
      ),
    );
    const saved = results.filter((r) => r.ok);
    const conflicts = results.filter((r) => !r.ok && r.code === 'conflict');
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const onDisk = JSON.parse(readFileSync(t.ctx.resumePath, 'utf8')) as Resume;
    const winner = (saved[0] as { value: { resume: Resume } }).value.resume;
    expect(onDisk.summary).toBe(winner.summary);
  });

  it(`keeps the last ${KEEP_BACKUPS} versions as timestamped backups, oldest dropped first`, async () => {
    const versions: string[] = [readFileSync(t.ctx.resumePath, 'utf8')];
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) {
      const { resume, revision } = await open();
      const r = await callMethod(
        'saveMaster',
        { resume: { ...resume, summary: `v${i}` }, expectedRevision: revision },
        t.ctx,
      );
      expect(r.ok).toBe(true);
      versions.push(readFileSync(t.ctx.resumePath, 'utf8'));
      // Distinct timestamps, as two saves by a person are.
      await new Promise((res) => setTimeout(res, 3));
    }
    const backups = await listBackups(t.ctx.resumePath);
    expect(backups).toHaveLength(KEEP_BACKUPS);
    // The newest backup is the version before the current one; the oldest kept is 10 saves back.
    expect(readFileSync(backups.at(-1) as string, 'utf8')).toBe(versions.at(-2));
    expect(readFileSync(backups[0] as string, 'utf8')).toBe(versions.at(-1 - KEEP_BACKUPS));
    expect(readFileSync(path.join(t.dir, 'master.backup.json'), 'utf8')).toBe(versions.at(-2));
  });

  it('never rotates a corrupt master into the backups; it is set aside instead', async () => {
    const { resume, revision } = await open();
    await callMethod('saveMaster', { resume: { ...resume, summary: 'good one' }, expectedRevision: revision }, t.ctx);
    const before = await listBackups(t.ctx.resumePath);
    const latest = readFileSync(path.join(t.dir, 'master.backup.json'), 'utf8');
    writeFileSync(t.ctx.resumePath, '{ "schemaVersion": 1, "basics": ');
    const r = await callMethod('saveMaster', { resume: { ...resume, summary: 'after repair' } }, t.ctx);
    expect(r.ok).toBe(true);
    expect(await listBackups(t.ctx.resumePath)).toEqual(before);
    expect(readFileSync(path.join(t.dir, 'master.backup.json'), 'utf8')).toBe(latest);
    const aside = readdirSync(t.dir).filter((n) => n.startsWith('master.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(t.dir, aside[0] as string), 'utf8')).toBe('{ "schemaVersion": 1, "basics": ');
  });

  it('refuses a master whose file would be bigger than the reader accepts, and writes nothing', async () => {
    const { resume, revision } = await open();
    const before = readFileSync(t.ctx.resumePath, 'utf8');
    // Deeply nested `extra`: a few KB of JSON that indentation would blow up past the read limit.
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    const r = await callMethod(
      'saveMaster',
      { resume: { ...resume, basics: { ...resume.basics, extra: { deep } } }, expectedRevision: revision },
      t.ctx,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/extra|more than/);
    expect(readFileSync(t.ctx.resumePath, 'utf8')).toBe(before);
  });
});

describe('settings read-modify-write under a lock', () => {
  it('3 concurrent changes to different settings all survive', async () => {
    const rs = await Promise.all([
      callMethod('saveSettings', { settings: { theme: 'dark' } }, t.ctx),
      callMethod('saveSettings', { settings: { defaultTemplate: 'modern' } }, t.ctx),
      callMethod('saveSettings', { settings: { defaultPageTarget: 2 } }, t.ctx),
    ]);
    expect(rs.every((r) => r.ok)).toBe(true);
    const got = await callMethod('getSettings', {}, t.ctx);
    expect(got.ok && got.value).toMatchObject({
      settings: { theme: 'dark', defaultTemplate: 'modern', defaultPageTarget: 2 },
    });
  });

  it('refuses a template path as the default template', async () => {
    const r = await callMethod('saveSettings', { settings: { defaultTemplate: '/etc/hostname' } }, t.ctx);
    expect(r).toMatchObject({
      ok: false,
      code: 'bad-input',
      error: expect.stringMatching(/template name like "classic"/),
    });
  });
});
