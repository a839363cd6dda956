import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseFont } from '../core/render/font-cache';
import { FONT_STYLES, type FontBytes, type Template } from '../core/render/template-schema';
import { readBounded } from './bounded-read';
import { formatBytes, fsReason } from './read-text-file';

const MAX_FONT_BYTES = 20 * 1024 * 1024;

/**
 * The same Uint8Array for the same file for the life of the process: the renderer keys its parsed fonts and
 * width caches on the array, so re-reading a file would make every export cold again.
 */
const cache = new Map<string, { mtimeMs: number; size: number; bytes: Uint8Array }>();

export type LoadFontsResult = { ok: true; fonts: FontBytes } | { ok: false; error: string };

export async function loadTemplateFonts(t: Template, fontsDir: string): Promise<LoadFontsResult> {
  const out: Partial<FontBytes> = {};
  for (const style of FONT_STYLES) {
    const rel = t.fonts[style];
    const file = path.resolve(fontsDir, rel);
    if (path.relative(fontsDir, file).startsWith('..'))
      return { ok: false, error: `template "${t.name}": font ${rel} is outside ${fontsDir}` };
    const r = await readFont(file);
    if (!r.ok) return { ok: false, error: `template "${t.name}": the ${style} font ${rel}: ${r.error}` };
    out[style] = r.bytes;
  }
  return { ok: true, fonts: out as FontBytes };
}

async function readFont(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    return { ok: false, error: `${fsReason(e)} (${file})` };
  }
  if (!stat.isFile()) return { ok: false, error: `is not a file (${file})` };
  if (stat.size > MAX_FONT_BYTES)
    return { ok: false, error: `is ${formatBytes(stat.size)}, more than a font should be (${file})` };
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return { ok: true, bytes: hit.bytes };
  try {
    const read = await readBounded(file, MAX_FONT_BYTES, 'a font should be');
    if (!read.ok) return { ok: false, error: `${read.reason} (${file})` };
    const bytes = read.bytes;
    // TrueType files start with 0x00010000 or "true"; anything else would fail deep inside fontkit.
    const magic = String.fromCharCode(...bytes.subarray(0, 4));
    if (!(bytes[0] === 0 && bytes[1] === 1 && bytes[2] === 0 && bytes[3] === 0) && magic !== 'true')
      return { ok: false, error: `is not a TrueType (.ttf) font (${file})` };
    try {
      parseFont(bytes);
    } catch (e) {
      return {
        ok: false,
        error: `is not a readable TrueType font: ${e instanceof Error ? e.message : String(e)} (${file})`,
      };
    }
    cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, bytes });
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, error: `${fsReason(e)} (${file})` };
  }
}
