import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryOf, wrongFuses } from '../../scripts/set-fuses.mjs';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/set-fuses.mjs');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-fuses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A stand-in for Electron's executable: noise around the fuse wire as Electron 44 ships it (sentinel, version 1,
 * nine fuses: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on, asar integrity off, only-asar off,
 * V8 snapshot off, file-protocol privileges on, Wasm traps on). The real binary cannot be downloaded here.
 */
function fakeElectron(name: string): string {
  const file = path.join(dir, name);
  const noise = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256));
  writeFileSync(
    file,
    Buffer.concat([noise(5000), Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.from('101100011'), noise(3000)]),
  );
  return file;
}

const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('scripts/set-fuses.mjs', () => {
  it('finds the stock fuses wrong, flips them, and then --check passes', async () => {
    const bin = fakeElectron('electron');
    expect(await wrongFuses(bin)).toEqual([
      'RunAsNode: is true, should be false',
      'EnableCookieEncryption: is false, should be true',
      'EnableNodeOptionsEnvironmentVariable: is true, should be false',
      'EnableNodeCliInspectArguments: is true, should be false',
      'OnlyLoadAppFromAsar: is false, should be true',
      'GrantFileProtocolExtraPrivileges: is true, should be false',
    ]);
    const before = run('--check', bin);
    expect(before.status).toBe(1);
    expect(before.stderr).toContain('RunAsNode: is true, should be false');

    const flip = run(bin);
    expect([flip.status, flip.stderr]).toEqual([0, `${bin}: fuses set as Tailor needs them\n`]);
    const wire = await getCurrentFuseWire(bin);
    const on = (o: FuseV1Options) => String.fromCharCode(wire[o] as number);
    expect(on(FuseV1Options.RunAsNode)).toBe('0');
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
    // Left as Electron ships them.
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('0');
    expect(on(FuseV1Options.WasmTrapHandlers)).toBe('1');
    expect(run('--check', bin).status).toBe(0);
  });

  it('refuses a file that is not an Electron binary, clearly', () => {
    const file = path.join(dir, 'not-electron');
    writeFileSync(file, 'hello');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Could not find sentinel');
  });

  it('finds the binary electron-builder packed, per platform', () => {
    const ctx = (p: string) => ({
      appOutDir: '/out/x',
      electronPlatformName: p,
      packager: { appInfo: { productFilename: 'Tailor' }, executableName: 'tailor' },
    });
    expect(binaryOf(ctx('darwin'))).toBe('/out/x/Tailor.app');
    expect(binaryOf(ctx('win32'))).toBe('/out/x/Tailor.exe');
    expect(binaryOf(ctx('linux'))).toBe('/out/x/tailor');
  });
});
