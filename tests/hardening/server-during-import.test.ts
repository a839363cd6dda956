import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/http-server';
import { ROOT } from '../support/run-cli';
import { pdfContentStreamBomb } from './document-bombs';
import { hardeningContext } from './hardening-fixture';

const h = hardeningContext();
let server: RunningServer;

beforeAll(async () => {
  const staticDir = path.join(h.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body>page</body></html>');
  server = await startServer({ staticDir, ctx: h.ctx });
  // Warm: the first call of each method loads (and under vitest, transforms) its modules on this thread, once.
  await api('listVariants', {});
  const warm = readFileSync(path.join(ROOT, 'tests/fixtures/import/tables.pdf')).toString('base64');
  await api('importResumeFile', { fileName: 'tables.pdf', base64: warm });
}, 120_000);
afterAll(async () => {
  await server?.close();
  h.cleanup();
});

function api(name: string, body: unknown): Promise<{ status: number; body: { ok: boolean; error?: string } }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tailor-token': server.token },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Asks for the variant list every 50 ms while `work` runs; returns each answer's time. */
async function pingWhile<T>(work: Promise<T>): Promise<{ result: T; pings: number[] }> {
  let done = false;
  const pings: number[] = [];
  const loop = (async () => {
    while (!done) {
      const t = performance.now();
      const r = await api('listVariants', {});
      if (r.status === 200) pings.push(performance.now() - t);
      await new Promise((res) => setTimeout(res, 50));
    }
  })();
  const result = await work;
  done = true;
  await loop;
  return { result, pings };
}

describe('the loopback server keeps answering while a document is read', () => {
  it('a PDF that keeps pdf.js busy for seconds (within the budgets) does not hold up other requests', async () => {
    // 70,000 drawing operations: under the operator budget, so pdf.js really works through them.
    const pdf = await pdfContentStreamBomb(1, `0 0 m 1 1 l S${' '.repeat(31)}\n`);
    const t = performance.now();
    const { result, pings } = await pingWhile(
      api('importResumeFile', { fileName: 'slow.pdf', base64: Buffer.from(pdf).toString('base64') }),
    );
    const importMs = performance.now() - t;
    console.log(
      `import ${Math.round(importMs)} ms; ${pings.length} answers meanwhile, slowest ${Math.round(Math.max(...pings))} ms`,
    );
    expect(result.status).toBeGreaterThan(0);
    expect(pings.length).toBeGreaterThanOrEqual(5);
    // Were pdf.js on this thread, one answer would wait for the whole read (seconds).
    expect(Math.max(...pings)).toBeLessThan(2_000);
  }, 120_000);

  it('the content-stream bomb is refused over HTTP with its limit named, and the server answers after', async () => {
    const pdf = await pdfContentStreamBomb(60);
    const { result, pings } = await pingWhile(
      api('importResumeFile', { fileName: 'bomb.pdf', base64: Buffer.from(pdf).toString('base64') }),
    );
    expect(result.body).toMatchObject({
      ok: false,
      error: expect.stringMatching(/drawing-instruction streams unpacks to more than 4\.0 MB/),
    });
    expect(Math.max(0, ...pings)).toBeLessThan(2_000);
    expect((await api('listVariants', {})).status).toBe(200);
  }, 120_000);
});
