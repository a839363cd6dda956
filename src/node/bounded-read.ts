import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs';

export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (which may never come); the fstat
// on the opened descriptor then refuses it. Windows has no FIFOs to open and no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);

/** Why a stat is not something Tailor reads, in words; null for an ordinary file. */
export function notRegularReason(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'is a folder, not a file';
  if (st.isFIFO()) return 'is a named pipe (FIFO), not a file; Tailor reads only ordinary files';
  if (st.isCharacterDevice() || st.isBlockDevice())
    return 'is a device (such as /dev/zero), not a file; Tailor reads only ordinary files';
  if (st.isSocket()) return 'is a socket, not a file; Tailor reads only ordinary files';
  return 'is not an ordinary file';
}

function tooBig(size: number, maxBytes: number, what: string): string {
  return `is ${formatSize(size)}, more than the ${formatSize(maxBytes)} ${what}`;
}

interface ReadRequest {
  buf: Buffer;
  offset: number;
  length: number;
  position: number;
}

/**
 * The checks and the read loop once, for both the async and the sync reader: it yields each read it wants and is
 * sent back the bytes that read got. It reads at most cap + 1 bytes, so a file that grows while being read is
 * refused, not followed.
 */
function* boundedSteps(st: Stats, maxBytes: number, what: string): Generator<ReadRequest, BoundedRead, number> {
  const bad = notRegularReason(st);
  if (bad) return { ok: false, reason: bad };
  if (st.size > maxBytes) return { ok: false, reason: tooBig(st.size, maxBytes, what) };
  const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
  let got = 0;
  for (;;) {
    const n = yield { buf, offset: got, length: buf.length - got, position: got };
    if (n === 0) break;
    got += n;
    if (got === buf.length) {
      if (got > maxBytes) return { ok: false, reason: `is more than the ${formatSize(maxBytes)} ${what}` };
      break;
    }
  }
  return { ok: true, bytes: new Uint8Array(buf.buffer, buf.byteOffset, got) };
}

/**
 * Opens, checks on the opened descriptor (so a swap between check and read cannot slip a device in) that it is an
 * ordinary file within the cap, and reads at most cap + 1 bytes. Errors are thrown as the caller's fs errors;
 * refusals come back as a reason.
 */
export async function readBounded(file: string, maxBytes: number, what = 'this accepts'): Promise<BoundedRead> {
  const h = await fs.open(file, OPEN_FLAGS);
  try {
    const steps = boundedSteps(await h.stat(), maxBytes, what);
    let step = steps.next();
    while (!step.done) {
      const { buf, offset, length, position } = step.value;
      step = steps.next((await h.read(buf, offset, length, position)).bytesRead);
    }
    return step.value;
  } finally {
    await h.close();
  }
}

/** The same, synchronously, for the variant list (see variant-files.ts for why it reads synchronously). */
export function readBoundedSync(file: string, maxBytes: number, what = 'this accepts'): BoundedRead {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const steps = boundedSteps(fstatSync(fd), maxBytes, what);
    let step = steps.next();
    while (!step.done) {
      const { buf, offset, length, position } = step.value;
      step = steps.next(readSync(fd, buf, offset, length, position));
    }
    return step.value;
  } finally {
    closeSync(fd);
  }
}

export function formatSize(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
