import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Cookies are scoped by host, not port: two launches on 127.0.0.1 would overwrite each other's cookie under one
 * name, and any other local server could read it. Named by port, each launch has its own.
 */
export const tokenCookieName = (port: number): string => `tailor-token-${port}`;
export const TOKEN_HEADER = 'x-tailor-token';

/**
 * The loopback server answers only this launch's own pages: the Host must be our loopback address (a DNS-rebinding
 * page arrives with its own host name), an Origin, when sent, must be ours (cross-site requests), and the
 * per-launch token must be presented.
 */
export function guardRequest(req: IncomingMessage, port: number, token: string, where: 'page' | 'api'): string | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts.includes(host)) return `host "${host}" is not this app`;
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`))
    return `origin "${origin}" is not this app`;
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return 'cross-site request';
  const presented = where === 'api' ? headerToken(req) : (queryToken(req) ?? cookieToken(req, tokenCookieName(port)));
  if (!presented || !sameSecret(presented, token)) return 'missing or wrong token';
  return null;
}

function headerToken(req: IncomingMessage): string | undefined {
  const h = req.headers[TOKEN_HEADER];
  return Array.isArray(h) ? h[0] : h;
}

export function queryToken(req: IncomingMessage): string | undefined {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  return url.searchParams.get('token') ?? undefined;
}

function cookieToken(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
