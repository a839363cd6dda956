import { inflateRawSync } from 'node:zlib';

/** A header or footer part bigger than this is not a resume's name line; it is skipped, not inflated. */
const MAX_PART_BYTES = 2 * 1024 * 1024;

/**
 * The paragraphs of a DOCX's page headers and footers. mammoth reads only the body, and Word resume templates often
 * put the name and contact line in the page header: without this they would vanish without a word.
 * Reads the zip's central directory directly (node:zlib), the one thing mammoth's API does not expose.
 */
export function readDocxPageMargins(bytes: Uint8Array): { headers: string[]; footers: string[] } {
  const out = { headers: [] as string[], footers: [] as string[] };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) return out;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts: { name: string; text: string }[] = [];
  for (let i = 0; i < count && at + 46 <= buf.length && buf.readUInt32LE(at) === 0x02014b50; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const full = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const skip = nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + skip;
    if (!/^word\/(header|footer)\d*\.xml$/.test(name) || full > MAX_PART_BYTES || local + 30 > buf.length) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    try {
      const xml =
        method === 0
          ? data.toString('utf8')
          : method === 8
            ? inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES }).toString('utf8')
            : '';
      parts.push({ name, text: xml });
    } catch {
      // A damaged header part: the body may still read; mammoth reports a damaged body itself.
    }
  }
  for (const p of parts.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
    const lines = paragraphs(p.text);
    const into = p.name.includes('header') ? out.headers : out.footers;
    for (const l of lines) if (!into.includes(l)) into.push(l);
  }
  return out;
}

/** <w:p> elements -> their text, with tabs as wide gaps. Fields such as page numbers come out as their cached text. */
function paragraphs(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
      .map((t) => (t === '<w:tab/>' ? '\t' : t.replace(/<[^>]+>/g, '')))
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
    if (text) out.push(text);
  }
  return out;
}
