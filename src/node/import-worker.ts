import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { importDocumentChecked, type DocumentImport } from './import-checked';

/** Heap for one import: a resume needs tens of MB; a hostile file hits this and fails its own import only. */
export const IMPORT_MEMORY_MB = 512;
/** Far above a real import (about 1-2 s, most of it pdf.js starting); only a file built to stall gets here. */
export const IMPORT_TIMEOUT_MS = 60_000;

type Entry = { kind: 'file'; url: URL } | { kind: 'tsx'; url: URL } | { kind: 'inline' };

/**
 * Where the worker's code is: the built file beside this module (the CLI and Electron bundles list it as an entry of
 * its own), or the TypeScript source under tsx (the server, the CLI from source, the tests).
 */
function workerEntry(): Entry {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const url = new URL('./import-worker-entry.ts', here);
    return existsSync(fileURLToPath(url)) ? { kind: 'tsx', url } : { kind: 'inline' };
  }
  for (const name of ['./import-worker-entry.mjs', './import-worker-entry.js']) {
    const url = new URL(name, here);
    if (existsSync(fileURLToPath(url))) return { kind: 'file', url };
  }
  return { kind: 'inline' };
}

/** tsx's ESM register API, by the path its package.json exports (its CommonJS twin mis-resolves inside a worker). */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const rel = pkg.exports['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(path.join(path.dirname(pkgFile), rel)).href;
}

/**
 * Reads a DOCX or PDF off the main thread, in a worker with a heap limit and a deadline: the budgets refuse the
 * hostile files we know, and anything they miss can at worst fail its own import. The server (in Electron, the main
 * process) keeps answering meanwhile.
 */
export async function importDocumentIsolated(
  bytes: Uint8Array,
  type: 'pdf' | 'docx',
  opts: { memoryMb?: number; timeoutMs?: number } = {},
): Promise<DocumentImport> {
  const entry = workerEntry();
  // No worker code found (an unusual bundle): the budgets still apply, on this thread.
  if (entry.kind === 'inline') return importDocumentChecked(bytes, type);
  const memoryMb = opts.memoryMb ?? IMPORT_MEMORY_MB;
  const timeoutMs = opts.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const fail = (error: string): DocumentImport => ({ result: { ok: false, error, warnings: [] }, sourceText: '' });
  const options = {
    workerData: { bytes, type },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    stdout: true,
    stderr: true,
  };
  const worker =
    entry.kind === 'file'
      ? new Worker(entry.url, options)
      : new Worker(
          // From source, the worker registers tsx itself: loaders of the main thread (tsx, vitest) do not reach workers.
          `(async () => { (await import(${JSON.stringify(tsxApiUrl())})).register(); await import(${JSON.stringify(entry.url.href)}); })().catch((e) => { throw e; });`,
          { ...options, eval: true },
        );
  // Whatever the readers print stays out of our stdout (the CLI's --json output) and is not kept.
  worker.stdout.resume();
  worker.stderr.resume();
  return new Promise<DocumentImport>((resolve) => {
    let settled = false;
    const done = (r: DocumentImport) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(
      () =>
        done(
          fail(
            `reading the document took more than ${Math.round(timeoutMs / 1000)} s, so it was stopped; a resume reads in a second or two`,
          ),
        ),
      timeoutMs,
    );
    worker.on('message', (m: { ok: true; value: DocumentImport } | { ok: false; error: string }) =>
      done(m.ok ? m.value : fail(`the document could not be read (${m.error})`)),
    );
    worker.on('error', (e: Error & { code?: string }) =>
      done(
        fail(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `reading the document needed more than the ${memoryMb} MB of memory an import may use, so it was stopped`
            : `the document could not be read (${e.message})`,
        ),
      ),
    );
    worker.on('exit', (code) => done(fail(`the document reader stopped unexpectedly (exit code ${code})`)));
  });
}
