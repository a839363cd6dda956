import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPathIn, writeExport } from '../../src/node/write-export';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-write-'));

describe('writing an export', () => {
  it('never resolves outside the chosen folder, whatever the name', () => {
    for (const name of ['../../etc/passwd.pdf', '/etc/x.pdf', '..\\..\\x.pdf', 'a/../../b.pdf', '..', 'CON.pdf'])
      expect(path.dirname(exportPathIn(dir, name))).toBe(dir);
    expect(path.basename(exportPathIn(dir, 'CON.pdf'))).toBe('_CON.pdf');
  });

  it('writes the whole file and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'Resume.pdf');
    const r = await writeExport(target, new Uint8Array([37, 80, 68, 70]));
    expect(r).toEqual({ ok: true, file: target, bytes: 4 });
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('explains a missing folder, a folder in the way and a read-only folder', async () => {
    expect(await writeExport(path.join(dir, 'nope', 'x.pdf'), new Uint8Array(1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/the folder .*nope: no such file/),
    });
    mkdirSync(path.join(dir, 'taken.pdf'));
    expect(await writeExport(path.join(dir, 'taken.pdf'), new Uint8Array(1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/it is a folder/),
    });
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    const r = await writeExport(path.join(ro, 'x.pdf'), new Uint8Array(1));
    // root ignores folder permissions; everyone else gets the message.
    if (process.getuid?.() !== 0)
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/permission denied/) });
    chmodSync(ro, 0o700);
  });
});
