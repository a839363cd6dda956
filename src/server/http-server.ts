import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { callMethod } from '../service/call-method';
import type { ErrorCode } from '../service/error-code';
import type { ServiceContext } from '../service/service-context';
import { CONTENT_TYPES, PAGE_CSP, PERMISSIONS_POLICY } from './page-headers';
import { guardRequest, queryToken, tokenCookieName } from './request-guard';

/** A posting can be 2 MB of text; JSON escaping can nearly double it. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** A failure's HTTP status: bad input is the client's (400), a bug is ours (500), the rest are answers (200). */
export function httpStatus(result: { ok: true } | { ok: false; code: ErrorCode }): number {
  if (result.ok) return 200;
  return result.code === 'bad-input' ? 400 : result.code === 'forbidden' ? 403 : result.code === 'internal' ? 500 : 200;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  staticDir: string;
  ctx: ServiceContext;
  port?: number;
  token?: string;
}

/** The service table over HTTP on 127.0.0.1, plus the renderer build: the browser build of the app. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('tailor server: unexpected error:', e);
      if (!res.headersSent)
        send(res, 500, 'application/json', JSON.stringify({ ok: false, error: 'internal error', code: 'internal' }));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/api/');
    const denied = guardRequest(req, port, token, isApi ? 'api' : 'page');
    if (denied) {
      req.resume();
      send(res, 403, 'text/plain; charset=utf-8', `403 forbidden: ${denied}\n`);
      return;
    }
    if (isApi) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
    return serveStatic(res, url.pathname, queryToken(req) !== undefined);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST')
      return send(res, 405, 'application/json', JSON.stringify({ ok: false, error: 'use POST', code: 'bad-input' }));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return send(
        res,
        415,
        'application/json',
        JSON.stringify({ ok: false, error: 'send application/json', code: 'bad-input' }),
      );
    const body = await readBody(req);
    if (body === null)
      return send(
        res,
        413,
        'application/json',
        JSON.stringify({ ok: false, error: 'request too large', code: 'bad-input' }),
      );
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(
        res,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: 'request body is not JSON', code: 'bad-input' }),
      );
    }
    const result = await callMethod(name, input, opts.ctx);
    send(res, httpStatus(result), 'application/json', JSON.stringify(result));
  }

  async function serveStatic(res: ServerResponse, pathname: string, setCookie: boolean): Promise<void> {
    const root = path.resolve(opts.staticDir);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // A malformed % escape is the client's mistake, not a server error with a stack trace in the log.
      return send(res, 400, 'text/plain; charset=utf-8', 'bad request: malformed %-escape in the path\n');
    }
    const rel = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep) || decoded.includes('\0')) return send(res, 404, 'text/plain', 'not found\n');
    let data: Buffer;
    try {
      // Only regular files of the build: a folder, FIFO or device under it is "not found", never read.
      if (!(await fs.stat(file)).isFile()) return send(res, 404, 'text/plain', 'not found\n');
      data = await fs.readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'not found\n');
    }
    const ext = path.extname(file);
    const headers: Record<string, string> = {};
    if (setCookie) headers['Set-Cookie'] = `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    if (ext === '.html') {
      // The page reads the token from here to call the API; the cookie covers its scripts and styles.
      const html = data.toString('utf8').replace('<head>', `<head>\n    <meta name="tailor-token" content="${token}">`);
      return send(res, 200, CONTENT_TYPES[ext] ?? 'text/html', html, headers);
    }
    send(res, 200, CONTENT_TYPES[ext] ?? 'application/octet-stream', data, headers);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    'Permissions-Policy': PERMISSIONS_POLICY,
    ...extra,
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
