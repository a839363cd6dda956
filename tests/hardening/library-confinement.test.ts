import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cutAtGraphemes, defaultExportFileName, sanitizeFileName } from '../../src/core/render/file-name';
import { sweepOrphanTempFiles } from '../../src/node/temp-sweep';
import { createVariant, listVariants } from '../../src/node/variant-store';
import { deleteVariant, emptyTrash, listTrash } from '../../src/node/variant-trash';
import { callMethod } from '../../src/service/call-method';
import { loadMaster } from '../core/tailor/fixture';
import { hardeningContext } from './hardening-fixture';

let dir: string;
let lib: string;
let outside: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tailor-confine-'));
  lib = path.join(dir, 'lib');
  outside = path.join(dir, 'elsewhere');
  mkdirSync(lib);
  mkdirSync(outside);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the trash stays inside the library', () => {
  it('a .trash symlink is refused by delete, empty-trash and the trash list; nothing outside is touched', async () => {
    const made = await createVariant(lib, loadMaster(), { company: 'Acme', role: 'Nurse' });
    if (!made.ok) throw new Error(made.error);
    // A variant-named file outside the library that empty-trash would delete through the link.
    writeFileSync(path.join(outside, 'precious-abcd1234.variant.json'), '{}');
    symlinkSync(outside, path.join(lib, '.trash'));
    const del = await deleteVariant(lib, made.value.variant.id);
    expect(del).toMatchObject({ ok: false, error: expect.stringMatching(/is a symbolic link/) });
    expect(existsSync(path.join(lib, made.value.fileName))).toBe(true);
    const empty = await emptyTrash(lib);
    expect(empty).toMatchObject({ ok: false, error: expect.stringMatching(/is a symbolic link/) });
    expect(readdirSync(outside)).toEqual(['precious-abcd1234.variant.json']);
    const trash = await listTrash(lib);
    expect(trash.unreadable[0]?.reason).toMatch(/symbolic link/);
  });
});

describe('export file names are cut by bytes between graphemes', () => {
  it('never splits a surrogate pair or an emoji sequence', () => {
    const name = '😀'.repeat(200);
    const cut = sanitizeFileName(name);
    expect(cut).toMatch(/^(😀)+$/u);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(240);
    const family = '👨‍👩‍👧'.repeat(50);
    expect(cutAtGraphemes(family, 1000, 40)).toBe('👨‍👩‍👧'.repeat(2));
  });

  it('keeps a CJK name within 255 bytes, extension included', () => {
    const file = defaultExportFileName('山田太郎'.repeat(40), 'pdf', {
      company: '株式会社'.repeat(20),
      role: '看護師',
    });
    expect(file.endsWith('.pdf')).toBe(true);
    expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
    expect(file).not.toMatch(/\uFFFD/);
    expect(file.startsWith('山田太郎')).toBe(true);
  });

  it('leaves short names alone', () => {
    expect(defaultExportFileName('Ada Example', 'docx', { company: 'Acme', role: 'Nurse' })).toBe(
      'Ada Example - Acme - Nurse.docx',
    );
  });
});

describe('temp files of crashed writes are swept when the library is first listed', () => {
  it('removes old temp files only, and the listing still works', async () => {
    const old = path.join(lib, '.acme-nurse-abcd1234.variant.json.4242.0123456789ab.tmp');
    const fresh = path.join(lib, '.acme-nurse-abcd1234.variant.json.4243.ba9876543210.tmp');
    const other = path.join(lib, '.notes.tmp');
    for (const f of [old, fresh, other]) writeFileSync(f, 'partial');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(old, hourAgo, hourAgo);
    utimesSync(other, hourAgo, hourAgo);
    await listVariants(lib);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(other)).toBe(true);
    // And directly, for a folder listed before.
    utimesSync(fresh, hourAgo, hourAgo);
    expect(await sweepOrphanTempFiles(lib)).toEqual([path.basename(fresh)]);
  });
});

describe('temp files of crashed writes are swept at start beside the master and the settings too', () => {
  it('opening the master and reading the settings remove old temp files there, and nothing else', async () => {
    const { ctx, dir: home, cleanup } = hardeningContext();
    try {
      const masterDir = path.dirname(ctx.resumePath);
      const settingsDir = path.join(home, 'app-data');
      const settingsFile = path.join(settingsDir, 'settings.json');
      mkdirSync(settingsDir);
      mkdirSync(path.join(masterDir, 'master.backups'));
      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      const orphan = (folder: string, name: string) => {
        const f = path.join(folder, `.${name}.4242.0123456789ab.tmp`);
        writeFileSync(f, 'partial');
        utimesSync(f, hourAgo, hourAgo);
        return f;
      };
      const inMaster = orphan(masterDir, 'master.json');
      const inBackups = orphan(path.join(masterDir, 'master.backups'), 'master-2026-01-01T00-00-00.000Z.json');
      const inSettings = orphan(settingsDir, 'settings.json');
      const oldLock = path.join(settingsDir, '.settings.json.lock');
      writeFileSync(oldLock, '{"pid":1}');
      utimesSync(oldLock, hourAgo, hourAgo);
      const keep = path.join(masterDir, '.my-notes.tmp');
      writeFileSync(keep, 'mine');
      utimesSync(keep, hourAgo, hourAgo);
      expect((await callMethod('openMaster', {}, ctx)).ok).toBe(true);
      expect((await callMethod('getSettings', {}, { ...ctx, settingsFile })).ok).toBe(true);
      expect([inMaster, inBackups, inSettings, oldLock].filter((f) => existsSync(f))).toEqual([]);
      expect(existsSync(keep)).toBe(true);
    } finally {
      cleanup();
    }
  });
});
