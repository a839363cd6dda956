import { inflateRawSync } from 'node:zlib';
import { formatSize } from './bounded-read';

/**
 * What a resume's Word file needs, with room to spare: a long two-page resume's document.xml is 100-500 KB with a few
 * hundred paragraphs. A zip bomb (1 MB inflating to 400 MB of paragraphs) is refused on these numbers before any XML
 * parser sees it. Images and embedded fonts are never inflated (we read text), but a file that says it holds a
 * picture of gigabytes is not a resume either, and is refused on the sizes its zip directory declares.
 */
export const DOCX_LIMITS = {
  /** Inflated size of one XML part (document.xml, a header, styles.xml...). */
  partBytes: 8 * 1024 * 1024,
  /** Inflated size of all XML parts together. */
  totalXmlBytes: 24 * 1024 * 1024,
  paragraphs: 5_000,
  /** Text runs (<w:t> elements) in all parts. */
  textRuns: 60_000,
  entries: 2_000,
  /**
   * Declared unpacked size of one picture, font or other non-text part. The whole file is at most 20 MB
   * (MAX_DOCUMENT_BYTES) and JPEG, PNG and fonts are stored compressed already, so a real part unpacks to about its
   * packed size; 50 MB still admits an uncompressed camera-sized BMP or TIFF (12 megapixels are 36 MB). A 1.5 MB file
   * declaring a 1.5 GB picture is a zip bomb.
   */
  mediaBytes: 50 * 1024 * 1024,
  /** Declared unpacked size of all non-text parts together: a few such pictures, never gigabytes. */
  totalMediaBytes: 100 * 1024 * 1024,
};

export type DocxBudget = { ok: true } | { ok: false; error: string };

/** The parts an importer parses (XML and relationships); media and fonts are left compressed. */
function isParsedPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Walks the zip's central directory and inflates each XML part with an output cap (zlib stops at the cap, so memory
 * stays bounded whatever the part claims), counting paragraphs and text runs. Says which limit a file broke.
 */
export function checkDocxBudget(bytes: Uint8Array, limits = DOCX_LIMITS): DocxBudget {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  // No directory: not a zip; the reader reports that in its own words.
  if (eocd < 0 || eocd + 22 > buf.length) return { ok: true };
  const count = buf.readUInt16LE(eocd + 10);
  const at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff)
    return { ok: false, error: 'the Word file uses a zip64 container, which no resume needs; save it again from Word' };
  if (count > limits.entries)
    return {
      ok: false,
      error: `the Word file holds ${count} parts, more than the ${limits.entries} a resume needs`,
    };
  let total = 0;
  let media = 0;
  let paragraphs = 0;
  let runs = 0;
  const entries = readDirectory(buf, at, count);
  // Declared sizes first, for every part: a picture bomb is refused before a single byte is inflated.
  for (const e of entries) {
    if (isParsedPart(e.name)) continue;
    media += e.declared;
    if (e.declared > limits.mediaBytes) return tooBigMedia(`its part ${e.name} unpacks`, e.declared, limits.mediaBytes);
    if (media > limits.totalMediaBytes)
      return tooBigMedia('its pictures and other non-text parts together unpack', media, limits.totalMediaBytes);
  }
  for (const { name, method, size, declared, local } of entries) {
    if (!isParsedPart(name)) continue;
    // A part that says it is bigger than the cap is refused without inflating it; one that lies is caught below.
    if (declared > limits.partBytes) return tooBig(name, limits.partBytes, limits);
    if (declared > limits.totalXmlBytes - total) return tooBig(name, limits.totalXmlBytes - total, limits);
    if (local + 30 > buf.length) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    const cap = Math.min(limits.partBytes, limits.totalXmlBytes - total);
    let xml: Buffer;
    if (method === 0) xml = data;
    else if (method === 8) {
      try {
        xml = inflateRawSync(data, { maxOutputLength: cap + 1 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooBig(name, cap, limits);
        // A damaged part: the reader says so itself, in its words.
        continue;
      }
    } else continue;
    if (xml.length > cap) return tooBig(name, cap, limits);
    total += xml.length;
    paragraphs += countTags(xml, '<w:p>') + countTags(xml, '<w:p ') + countTags(xml, '<w:p/>');
    runs += countTags(xml, '<w:t>') + countTags(xml, '<w:t ');
    if (paragraphs > limits.paragraphs)
      return {
        ok: false,
        error: `the Word file has more than ${limits.paragraphs.toLocaleString('en')} paragraphs; a resume has a few hundred, so it was not read`,
      };
    if (runs > limits.textRuns)
      return {
        ok: false,
        error: `the Word file has more than ${limits.textRuns.toLocaleString('en')} pieces of text; a resume has a few thousand, so it was not read`,
      };
  }
  return { ok: true };
}

interface Entry {
  name: string;
  method: number;
  /** Packed size. */
  size: number;
  /** Unpacked size, as the directory declares it. */
  declared: number;
  local: number;
}

/** The zip's central directory; a damaged record ends the walk (the reader reports the damage in its own words). */
function readDirectory(buf: Buffer, start: number, count: number): Entry[] {
  const out: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) break;
    const nameLen = buf.readUInt16LE(at + 28);
    out.push({
      method: buf.readUInt16LE(at + 10),
      size: buf.readUInt32LE(at + 20),
      declared: buf.readUInt32LE(at + 24),
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
      local: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

function tooBigMedia(what: string, size: number, cap: number): DocxBudget {
  return {
    ok: false,
    error: `the Word file is not a resume-sized document: ${what} to ${formatSize(size)}, more than the ${formatSize(cap)} a resume's pictures need, so it was not read`,
  };
}

function tooBig(name: string, cap: number, limits: typeof DOCX_LIMITS): DocxBudget {
  const which = cap < limits.partBytes ? `all its text parts together unpack` : `its part ${name} unpacks`;
  return {
    ok: false,
    error: `the Word file is not a resume-sized document: ${which} to more than ${formatSize(cap)}, so it was not read`,
  };
}

function countTags(xml: Buffer, tag: string): number {
  let n = 0;
  for (let i = xml.indexOf(tag); i !== -1; i = xml.indexOf(tag, i + tag.length)) n++;
  return n;
}
