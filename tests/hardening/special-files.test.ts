import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileCapped } from '../../src/node/read-text-file';
import { listVariants } from '../../src/node/variant-store';
import { ROOT, runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-special-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fifo = path.join(dir, 'posting.fifo');
execFileSync('mkfifo', [fifo]);
const zeroLink = path.join(dir, 'zero.txt');
symlinkSync('/dev/zero', zeroLink);

describe('special files get a clear message at once, never a hang or a read without end', () => {
  it.each([
    ['/dev/zero', /is a device \(such as \/dev\/zero\), not a file/],
    ['/dev/urandom', /is a device/],
    [fifo, /is a named pipe \(FIFO\), not a file/],
    [zeroLink, /is a device/],
  ])('readFileCapped(%s)', async (file, message) => {
    const r = await readFileCapped(file, 1024 * 1024);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('a FIFO and a symlink to /dev/zero in the library are listed as unreadable, and the list still comes back', async () => {
    const lib = path.join(dir, 'lib');
    mkdirSync(lib);
    execFileSync('mkfifo', [path.join(lib, 'pipe-abcd1234.variant.json')]);
    symlinkSync('/dev/zero', path.join(lib, 'zero-abcd5678.variant.json'));
    writeFileSync(path.join(lib, 'dir-check.txt'), 'not a variant');
    const listing = await listVariants(lib);
    expect(listing.unreadable).toEqual(
      expect.arrayContaining([
        { fileName: 'pipe-abcd1234.variant.json', reason: expect.stringMatching(/named pipe/) },
        { fileName: 'zero-abcd5678.variant.json', reason: expect.stringMatching(/is a device/) },
      ]),
    );
  });

  it.each([
    [['analyze', '/dev/zero'], /\/dev\/zero: is a device/],
    [['score', '/dev/urandom'], /\/dev\/urandom: is a device/],
    [['import', '/dev/zero'], /\/dev\/zero: is a device/],
    [['analyze', fifo], /named pipe/],
  ])(
    'tailor %j',
    async (args, message) => {
      const r = await runCli(args);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
    },
    60_000,
  );

  it('standard input is read with the same cap', async () => {
    // Its own spawn: the CLI stops reading at the cap, so the rest of the input meets a closed pipe (EPIPE).
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'tailor.mjs'), 'analyze', '-'], { cwd: ROOT });
    child.stdin.on('error', () => undefined);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.resume();
    child.stdin.end(Buffer.alloc(11 * 1024 * 1024, 0x61));
    const code = await new Promise((res) => child.on('close', res));
    expect(code).toBe(1);
    expect(stderr).toMatch(/standard input is more than the 10 MB this accepts/);
  }, 60_000);
});
