import { formatSize, readBounded } from './bounded-read';

/** `missing` is set when the file does not exist, so a caller can tell "not there yet" from "there but unreadable". */
export type ReadTextResult = { ok: true; text: string } | { ok: false; error: string; missing?: true };

export type ReadBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string; missing?: true };

/**
 * Reads a user-supplied file whole, capped, with plain-language errors instead of stack traces. Only ordinary files:
 * a FIFO, a device (/dev/zero) or a symlink to one is refused at once rather than read until memory runs out.
 */
export async function readFileCapped(file: string, maxBytes: number, what = 'this accepts'): Promise<ReadBytesResult> {
  try {
    const read = await readBounded(file, maxBytes, what);
    return read.ok ? read : { ok: false, error: `${file}: ${read.reason}` };
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    return { ok: false, error: `${file}: ${fsReason(e)}`, ...(missing ? { missing: true as const } : {}) };
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

export const formatBytes = formatSize;
