import { crc32, crc32Combine } from './crc32';
import { platformDeflate } from './pdf-font';

/**
 * Zips a DOCX package. The XML parts are deflated by the platform (native zlib in Node); an embedded font, most of
 * the bytes, is deflated once per font and reused: Word's font obfuscation XORs only its first 32 bytes with a key
 * that is new in every file, so those 32 bytes go in a stored deflate block of their own, followed by the cached
 * deflate of the rest (a deflate stream is a sequence of blocks, and a stored block ends on a byte boundary), and
 * the CRC is combined from the cached tail's. Without the cache, fflate's JavaScript deflate of the faces took
 * ~130 ms of a ~140 ms DOCX export.
 */
export async function zipPackage(
  files: ReadonlyMap<string, string | Uint8Array>,
  fonts: readonly Uint8Array[] = [],
): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const entries: { name: Uint8Array; crc: number; size: number; data: Uint8Array }[] = [];
  for (const [path, content] of files) {
    const raw = typeof content === 'string' ? enc.encode(content) : content;
    const font = /^word\/fonts\/font\d+\.odttf$/.test(path) ? fonts.find((f) => sameTail(f, raw)) : undefined;
    const name = enc.encode(path);
    if (font) {
      const tail = await fontTail(font);
      const head = raw.subarray(0, OBFUSCATED);
      const data = new Uint8Array(5 + OBFUSCATED + tail.deflated.length);
      // BFINAL 0, BTYPE 00 (stored), then LEN and its complement, little-endian.
      data.set([0, OBFUSCATED, 0, ~OBFUSCATED & 0xff, 0xff], 0);
      data.set(head, 5);
      data.set(tail.deflated, 5 + OBFUSCATED);
      entries.push({ name, crc: crc32Combine(crc32(head), tail.crc, tail.length), size: raw.length, data });
    } else entries.push({ name, crc: crc32(raw), size: raw.length, data: await deflateRaw(raw) });
  }
  return writeZip(entries);
}

const OBFUSCATED = 32;

/** An obfuscated face is its font with the first 32 bytes changed: the rest is compared (length and a sample). */
function sameTail(font: Uint8Array, odttf: Uint8Array): boolean {
  if (font.length !== odttf.length || font.length <= OBFUSCATED) return false;
  for (let i = OBFUSCATED; i < Math.min(font.length, OBFUSCATED + 4096); i++) if (font[i] !== odttf[i]) return false;
  for (let i = font.length - 4096; i < font.length; i++) if (i > OBFUSCATED && font[i] !== odttf[i]) return false;
  return true;
}

const tails = new WeakMap<Uint8Array, { deflated: Uint8Array; crc: number; length: number }>();

async function fontTail(font: Uint8Array): Promise<{ deflated: Uint8Array; crc: number; length: number }> {
  let hit = tails.get(font);
  if (!hit) {
    const rest = font.subarray(OBFUSCATED);
    hit = { deflated: await deflateRaw(rest, 'small'), crc: crc32(rest), length: rest.length };
    tails.set(font, hit);
  }
  return hit;
}

/** Raw deflate (what a zip holds): the platform's zlib stream without its 2-byte header and Adler-32 trailer. */
async function deflateRaw(data: Uint8Array, effort: 'fast' | 'small' = 'fast'): Promise<Uint8Array> {
  const z = await platformDeflate(data, effort);
  return z.subarray(2, z.length - 4);
}

function writeZip(entries: readonly { name: Uint8Array; crc: number; size: number; data: Uint8Array }[]): Uint8Array {
  const total = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length + 46 + e.name.length, 0) + 22;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // 1980-01-01 00:00: the same bytes for the same document (the file's dates are in docProps/core.xml).
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0, true);
    view.setUint16(at + 8, 8, true);
    view.setUint16(at + 10, 0, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  const cd = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0, true);
    view.setUint16(at + 10, 8, true);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    // extra, comment, disk, internal and external attributes: none.
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - cd, true);
  view.setUint32(at + 16, cd, true);
  return out;
}
