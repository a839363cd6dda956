import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appResponse, resolveAppFile } from '../../src/main/app-protocol';
import { PAGE_CSP, PERMISSIONS_POLICY } from '../../src/server/page-headers';

let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-app-protocol-'));
  root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tailor</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  // Beside the build folder, with a name that starts like it: a prefix check alone would let it through.
  mkdirSync(path.join(dir, 'renderer-secrets'));
  writeFileSync(path.join(dir, 'renderer-secrets', 'key.txt'), 'secret');
  writeFileSync(path.join(dir, 'outside.txt'), 'secret');
  execFileSync('mkfifo', [path.join(root, 'assets', 'pipe.js')]);
  symlinkSync('/dev/zero', path.join(root, 'assets', 'zero.js'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string) => appResponse(root, { url, method: 'GET' });

describe('the app:// protocol', () => {
  it('serves the build with the page CSP and Permissions-Policy headers', async () => {
    const r = await get('app://tailor/index.html');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>Tailor</title>');
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toContain('unsafe-eval');
    expect(r.headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY);
    const js = await get('app://tailor/assets/index-abc.js');
    expect([js.status, js.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await get('app://tailor/')).status).toBe(200);
  });

  it.each([
    'app://tailor/../outside.txt',
    'app://tailor/%2e%2e/outside.txt',
    'app://tailor/..%2foutside.txt',
    'app://tailor/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://tailor/%2e%2e%2frenderer-secrets%2fkey.txt',
    'app://tailor/..%5coutside.txt',
    'app://tailor/%2fetc%2fpasswd',
    'app://tailor/index.html%00.js',
    'app://tailor/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    const r = await get(url);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain('secret');
  });

  it('names no file outside the folder, whatever the URL', () => {
    const urls = [
      'app://tailor/%2e%2e/outside.txt',
      'app://tailor/%2fetc%2fpasswd',
      'app://tailor/a/../../x',
      'app://tailor/%2e%2e%2f%2e%2e%2fx',
      'app://tailor/C:%5cWindows',
    ];
    for (const url of urls) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    }
    expect(resolveAppFile(root, 'app://tailor/assets/../index.html')).toBe(path.join(root, 'index.html'));
  });

  it('never reads a FIFO or a device, and answers at once', async () => {
    const start = Date.now();
    expect((await get('app://tailor/assets/pipe.js')).status).toBe(404);
    expect((await get('app://tailor/assets/zero.js')).status).toBe(404);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('answers only GET and HEAD', async () => {
    expect((await appResponse(root, { url: 'app://tailor/index.html', method: 'POST' })).status).toBe(405);
    const head = await appResponse(root, { url: 'app://tailor/index.html', method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });
});
