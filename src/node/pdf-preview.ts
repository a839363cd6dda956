import { spawn } from 'node:child_process';

export type PreviewResult = { ok: true; png: Uint8Array } | { ok: false; error: string };

/**
 * A PNG of one page of a PDF, drawn by poppler's pdftoppm (what the UI preview and the README screenshot use).
 * The PDF goes in on stdin and the PNG comes out on stdout: no temporary files.
 */
export function renderPdfPagePng(pdf: Uint8Array, opts: { page?: number; dpi?: number } = {}): Promise<PreviewResult> {
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const dpi = Math.min(600, Math.max(20, Math.round(opts.dpi ?? 110)));
  return new Promise((resolve) => {
    const child = spawn(
      'pdftoppm',
      ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-'],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) =>
      resolve({
        ok: false,
        error: e.code === 'ENOENT' ? 'pdftoppm is not installed (Debian/Ubuntu: apt install poppler-utils)' : e.message,
      }),
    );
    child.on('close', (code) => {
      const png = Buffer.concat(out);
      if (code === 0 && png.length) resolve({ ok: true, png: new Uint8Array(png) });
      else
        resolve({
          ok: false,
          error: `pdftoppm could not draw page ${page}: ${Buffer.concat(err).toString().trim() || `exit code ${code}`}`,
        });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(pdf);
  });
}
