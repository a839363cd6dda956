import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startBrowserApp, type StartedApp } from '../support/start-app';

let app: StartedApp;
let browser: Browser;
let library: string;

beforeAll(async () => {
  library = mkdtempSync(path.join(os.tmpdir(), 'tailor-fallback-'));
  [app, browser] = await Promise.all([
    startBrowserApp({
      TAILOR_LIBRARY: path.join(library, 'variants'),
      TAILOR_SETTINGS: path.join(library, 'settings.json'),
    }),
    launchChromium(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(library, { recursive: true, force: true });
});

/** A raw request, so the test can send the Host and Origin headers an attacker's page would. */
function request(opts: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: app.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('npm start without Electron (the browser build)', () => {
  it('serves the app on 127.0.0.1 and the page shows the master resume', async () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    // The start view names the master resume it loaded through the API: its owner and bullet count.
    await page.getByTestId('master-summary').waitFor();
    expect(await page.getByTestId('master-summary').textContent()).toMatch(
      /^Master resume: Mara Lindqvist, 17 bullets in \d+ sections$/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers the API with the token and the right origin', async () => {
    const r = await request({
      path: '/api/loadMaster',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tailor-token': app.token, origin: app.origin },
      body: '{}',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { resume: { basics: { name: 'Mara Lindqvist' } } } });
  });

  type Attempt = { path: string; method?: string; headers?: Record<string, string>; body?: string; token?: boolean };
  it.each<[string, Attempt]>([
    ['the page without the token', { path: '/' }],
    ['the page with a wrong token', { path: '/?token=guess' }],
    [
      'the API without the token',
      { path: '/api/loadMaster', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    ],
    [
      'the API from a foreign origin',
      {
        path: '/api/loadMaster',
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        body: '{}',
        token: true,
      },
    ],
    [
      'a DNS-rebinding Host',
      {
        path: '/api/loadMaster',
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'evil.example' },
        body: '{}',
        token: true,
      },
    ],
    [
      'a cross-site fetch',
      {
        path: '/api/loadMaster',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
        body: '{}',
        token: true,
      },
    ],
  ])('refuses %s with 403', async (_name, opts) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers['x-tailor-token'] = app.token;
    const r = await request({ ...opts, headers });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('Lindqvist');
  });

  it('refuses a foreign page in a real browser: its script cannot read the API', async () => {
    const page = await browser.newPage();
    await page.setContent('<p>elsewhere</p>');
    const result = await page.evaluate(async (origin) => {
      try {
        const res = await fetch(`${origin}/api/loadMaster`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        return `status ${res.status}`;
      } catch (e) {
        return `blocked: ${(e as Error).name}`;
      }
    }, app.origin);
    expect(result).toMatch(/^blocked|^status 403/);
    await page.close();
  });
});
