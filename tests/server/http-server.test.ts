import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/http-server';
import { PERMISSIONS_POLICY } from '../../src/server/page-headers';
import { defaultServiceContext, type ServiceContext } from '../../src/service/service-context';

const resumePath = path.resolve(import.meta.dirname, '../fixtures/variants/master.json');
let dir: string;
let server: RunningServer;
let other: RunningServer;
let broken: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-http-'));
  const staticDir = path.join(dir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body>page</body></html>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const ctx = defaultServiceContext({
    resumePath,
    libraryDir: path.join(dir, 'variants'),
    settingsFile: path.join(dir, 'settings.json'),
  });
  const unnamable = Object.defineProperty({ ...ctx } as ServiceContext, 'libraryDir', {
    get() {
      throw new Error('EIO at /home/someone/secret');
    },
  });
  [server, other, broken] = await Promise.all([
    startServer({ staticDir, ctx }),
    startServer({ staticDir, ctx }),
    startServer({ staticDir, ctx: unnamable }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), other?.close(), broken?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

function request(
  s: RunningServer,
  p: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: s.port, path: p, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (s: RunningServer, name: string, body = '{}') =>
  request(s, `/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tailor-token': s.token },
    body,
  });

describe('the loopback server', () => {
  it('sends a Permissions-Policy on every response: page, asset, API, refusal, not found', async () => {
    const responses = await Promise.all([
      request(server, `/?token=${server.token}`),
      request(server, `/assets/app.js?token=${server.token}`),
      api(server, 'loadMaster'),
      request(server, '/'),
      request(server, `/nope.js?token=${server.token}`),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 403, 404]);
    for (const r of responses) expect(r.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(PERMISSIONS_POLICY).toContain('microphone=()');
  });

  it('answers a malformed % escape with 400, and logs nothing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const p of ['/%E0%A4%A', '/%zz', '/assets/%', '/%C0%AF..%C0%AF'])
      expect((await request(server, `${p}?token=${server.token}`)).status).toBe(400);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('still refuses an encoded traversal and a NUL byte', async () => {
    for (const p of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/index.html%00.js'])
      expect((await request(server, `${p}?token=${server.token}`)).status).toBe(404);
  });

  it('names the token cookie by port, so two launches never share or overwrite it', async () => {
    const first = await request(server, `/?token=${server.token}`);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^tailor-token-${server.port}=${server.token}; HttpOnly; SameSite=Strict`));
    // The cookie alone lets the page reload without the token in its address.
    expect(
      (await request(server, '/', { headers: { cookie: `tailor-token-${server.port}=${server.token}` } })).status,
    ).toBe(200);
    // Another launch's cookie, or the old unscoped name, is not this launch's.
    expect(
      (await request(other, '/', { headers: { cookie: `tailor-token-${server.port}=${server.token}` } })).status,
    ).toBe(403);
    expect((await request(server, '/', { headers: { cookie: `tailor_token=${server.token}` } })).status).toBe(403);
  });

  it('puts the token in the page for the API, and bad input is 400', async () => {
    expect((await request(server, `/?token=${server.token}`)).body).toContain(
      `<meta name="tailor-token" content="${server.token}">`,
    );
    const r = await api(server, 'loadMaster', '{"path":"/etc/passwd"}');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, code: 'bad-input' });
  });

  it('answers a method that throws like IPC does: {ok:false, code:"internal"}, a 500, nothing of the error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await api(broken, 'listVariants');
    expect(r.status).toBe(500);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      code: 'internal',
      error: 'listVariants failed unexpectedly (an internal error, logged)',
    });
    expect(r.body).not.toContain('secret');
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
