import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBounded, readBoundedSync } from '../../src/node/bounded-read';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: number) => {
  const f = path.join(dir, name);
  writeFileSync(f, Buffer.alloc(bytes, 0x61));
  return f;
};
const fifo = path.join(dir, 'pipe');
execFileSync('mkfifo', [fifo]);

describe('the async and the sync bounded reader answer alike', () => {
  it.each([
    ['an empty file', file('empty', 0), { ok: true, length: 0 }],
    ['a file under the cap', file('small', 100), { ok: true, length: 100 }],
    ['a file exactly at the cap', file('exact', 1024), { ok: true, length: 1024 }],
    ['a file over the cap', file('big', 1025), { ok: false, reason: 'is 1 KB, more than the 1 KB this accepts' }],
    ['a folder', dir, { ok: false, reason: 'is a folder, not a file' }],
    ['a FIFO', fifo, { ok: false, reason: expect.stringMatching(/named pipe/) }],
    ['/dev/zero', '/dev/zero', { ok: false, reason: expect.stringMatching(/is a device/) }],
  ])('%s', async (_what, f, expected) => {
    const shape = (r: Awaited<ReturnType<typeof readBounded>>) =>
      r.ok ? { ok: true, length: r.bytes.length } : { ok: false, reason: r.reason };
    expect(shape(await readBounded(f, 1024))).toEqual(expected);
    expect(shape(readBoundedSync(f, 1024))).toEqual(expected);
  });
});
