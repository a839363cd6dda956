import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES, PAGE_CSP, PERMISSIONS_POLICY } from '../server/page-headers';

/**
 * The renderer is served from app://tailor/ rather than file://: a file: page shares its "origin" with every file
 * on the disk, so a trust check could only compare paths (and file://other-host/<same path> passed). A standard,
 * secure custom scheme gives the page an origin of its own, a CSP header, and nothing outside the build folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tailor';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready. No bypassCSP, no service workers. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** The build's files are small (the largest, pdf.js's worker, is about 1 MB); anything larger is not ours. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** True for our own origin only: app://tailor, any path (the page's hash routes included). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/**
 * The file an app:// URL names inside `root`, or null: another host, a malformed %-escape, a NUL byte, or a path
 * that resolves outside the folder (`..`, encoded or not, or an absolute path) is refused.
 */
export function resolveAppFile(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, rel === '/' || rel === '' ? 'index.html' : `.${rel}`);
  return file.startsWith(base + path.sep) ? file : null;
}

const HEADERS = {
  'Content-Security-Policy': PAGE_CSP,
  'Permissions-Policy': PERMISSIONS_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** The answer to one app:// request: the build's file with the page's security headers, or a plain 404. */
export async function appResponse(root: string, request: { url: string; method: string }): Promise<Response> {
  const notFound = () =>
    new Response('not found', { status: 404, headers: { ...HEADERS, 'Content-Type': 'text/plain' } });
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405 });
  const file = resolveAppFile(root, request.url);
  if (!file) return notFound();
  try {
    // Non-blocking, so a FIFO does not hang the open; then checked on the opened descriptor, so a file swapped for
    // a FIFO or a device after the path was resolved is never read.
    const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return notFound();
      const data = await handle.readFile();
      const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(data), {
        status: 200,
        headers: { ...HEADERS, 'Content-Type': type },
      });
    } finally {
      await handle.close();
    }
  } catch {
    return notFound();
  }
}
