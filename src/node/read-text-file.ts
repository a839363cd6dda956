import { promises as fs } from 'node:fs';

export type ReadTextResult = { ok: true; text: string } | { ok: false; error: string };

export type ReadBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** Reads a user-supplied file whole, after checking its size, with plain-language errors instead of stack traces. */
export async function readFileCapped(file: string, maxBytes: number, what = 'this accepts'): Promise<ReadBytesResult> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    return { ok: false, error: `${file}: ${fsReason(e)}` };
  }
  if (stat.isDirectory()) return { ok: false, error: `${file}: is a folder, not a file` };
  if (stat.size > maxBytes)
    return {
      ok: false,
      error: `${file}: is ${formatBytes(stat.size)}, more than the ${formatBytes(maxBytes)} ${what}`,
    };
  try {
    return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (e) {
    return { ok: false, error: `${file}: ${fsReason(e)}` };
  }
}

/** Reads a user-supplied text file with a size cap. */
export async function readTextFile(file: string, maxBytes: number): Promise<ReadTextResult> {
  const read = await readFileCapped(file, maxBytes);
  return read.ok ? { ok: true, text: decodeText(read.bytes) } : read;
}

/** Reads standard input with the same cap. */
export async function readStdinText(maxBytes: number): Promise<ReadTextResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > maxBytes)
      return { ok: false, error: `standard input is more than the ${formatBytes(maxBytes)} this accepts` };
    chunks.push(b);
  }
  return { ok: true, text: decodeText(Buffer.concat(chunks)) };
}

export function decodeText(buf: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
}

export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
