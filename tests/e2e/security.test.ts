import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './app-fixture';

let e: E2E;

beforeAll(async () => {
  e = await startE2E();
  await e.page.goto(e.app.url);
  await e.page.getByRole('heading', { name: 'How well does your resume match a job?' }).waitFor();
}, 120_000);
afterAll(async () => e?.close());

function post(path: string, headers: Record<string, string>, body = '{}'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: e.app.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the page is a web page, nothing more', () => {
  it('page script cannot reach Node, Electron or the file system', async () => {
    const reach = await e.page.evaluate(async () => {
      const g = globalThis as Record<string, unknown>;
      let file: string;
      try {
        file = `read ${(await (await fetch('file:///etc/passwd')).text()).length} bytes`;
      } catch (err) {
        file = `blocked: ${(err as Error).name}`;
      }
      let dynamic: string;
      try {
        await import(/* @vite-ignore */ 'node:fs' as string);
        dynamic = 'imported';
      } catch (err) {
        dynamic = `blocked: ${(err as Error).name}`;
      }
      return {
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
        electron: typeof g.electron,
        ipc: typeof g.ipcRenderer,
        file,
        dynamic,
        tailor: typeof g.tailor,
      };
    });
    expect(reach).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      electron: 'undefined',
      ipc: 'undefined',
      file: expect.stringMatching(/^blocked/),
      dynamic: expect.stringMatching(/^blocked/),
      tailor: 'undefined',
    });
  });

  it('the API answers only methods of the table, with inputs parsed by their schemas', async () => {
    const r = await e.page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="tailor-token"]')?.content ?? '';
      const call = async (name: string, body: unknown) => {
        const res = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tailor-token': token },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as { ok: boolean; error?: string } };
      };
      return {
        unknown: await call('readFile', { path: '/etc/passwd' }),
        traversal: await call('getVariant', { id: '../../etc/passwd' }),
        extra: await call('listTemplates', { dir: '/etc' }),
      };
    });
    expect(r.unknown.body).toMatchObject({ ok: false, error: 'unknown method "readFile"' });
    expect(r.traversal).toMatchObject({ status: 400, body: { ok: false, error: expect.stringContaining('id') } });
    expect(r.extra).toMatchObject({ status: 400, body: { ok: false } });
  });

  it('the server refuses a request without the token, or from another origin or host', async () => {
    expect(await post('/api/listVariants', {})).toBe(403);
    expect(await post('/api/listVariants', { 'x-tailor-token': 'not-the-token' })).toBe(403);
    expect(await post('/api/listVariants', { 'x-tailor-token': e.app.token, origin: 'https://evil.example' })).toBe(
      403,
    );
    expect(await post('/api/listVariants', { 'x-tailor-token': e.app.token, host: `evil.example:${e.app.port}` })).toBe(
      403,
    );
    expect(await post('/api/listVariants', { 'x-tailor-token': e.app.token, origin: e.app.origin })).toBe(200);
  });

  it('a page from another origin cannot call the API, even knowing the token', async () => {
    const other = await e.context.newPage();
    await other.goto('about:blank');
    const result = await other.evaluate(
      async ({ origin, token }) => {
        try {
          const res = await fetch(`${origin}/api/listVariants`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-tailor-token': token },
            body: '{}',
          });
          return `status ${res.status}`;
        } catch (err) {
          return `blocked: ${(err as Error).name}`;
        }
      },
      { origin: e.app.origin, token: e.app.token },
    );
    expect(result).toMatch(/^blocked|^status 403/);
    await other.close();
  });

  it('the token leaves the address and the history after the first load; the cookie carries it, named per port', async () => {
    const page = await e.context.newPage();
    await page.goto(e.app.url);
    await page.getByRole('heading', { name: 'How well does your resume match a job?' }).waitFor();
    expect(e.app.url).toContain(`token=${e.app.token}`);
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => location.href)).not.toContain('token');
    // replaceState, not pushState: no history entry keeps the tokened address. Back is the blank page it came from.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await page.goForward();
    await page.getByRole('heading', { name: 'How well does your resume match a job?' }).waitFor();
    expect(page.url()).not.toContain('token');
    const cookie = (await e.context.cookies(e.app.origin)).find((c) => c.name === `tailor-token-${e.app.port}`);
    expect(cookie).toMatchObject({ value: e.app.token, httpOnly: true, sameSite: 'Strict' });
    // A reload, now without the token in the address, still opens the app (the cookie is enough for the page).
    await page.reload();
    await page.getByRole('heading', { name: 'How well does your resume match a job?' }).waitFor();
    expect(page.url()).not.toContain('token');
    await page.close();
  });

  it('sends a strict Content-Security-Policy with the page', async () => {
    const res = await e.page.request.get(e.app.url);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
