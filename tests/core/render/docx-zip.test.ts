import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Combine } from '../../../src/core/render/crc32';
import { renderDocx } from '../../../src/core/render/render-resume';
import { loadResume, loadTemplateAndFonts, MASTER_FILE, tmp, writeTmp } from './render-fixtures';

const dir = tmp('docx-zip');
const unzip = (file: string, member: string) => execFileSync('unzip', ['-p', file, member], { maxBuffer: 1 << 26 });

describe('the DOCX zip with cached font deflate', () => {
  it('combines CRCs as one pass over the joined bytes would', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 5000 }), (a, b) => {
        const ab = new Uint8Array(a.length + b.length);
        ab.set(a);
        ab.set(b, a.length);
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(ab));
      }),
    );
  });

  it('writes a zip unzip tests clean, twice over, whose faces de-obfuscate to the template’s font files', async () => {
    const { template, fonts } = await loadTemplateAndFonts('classic');
    const resume = loadResume(MASTER_FILE);
    for (const round of [1, 2]) {
      // The second export reuses the first one's deflated faces under a new obfuscation key.
      const file = writeTmp(
        dir,
        `r${round}.docx`,
        (await renderDocx({ resume, template, fonts, embedFonts: true })).bytes,
      );
      expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
      const table = unzip(file, 'word/fontTable.xml').toString('utf8');
      const rels = unzip(file, 'word/_rels/fontTable.xml.rels').toString('utf8');
      const faces = {
        embedRegular: fonts.regular,
        embedBold: fonts.bold,
        embedItalic: fonts.italic,
        embedBoldItalic: fonts.boldItalic,
      };
      for (const [tag, bytes] of Object.entries(faces)) {
        const m = new RegExp(`<w:${tag} r:id="(rId\\d+)" w:fontKey="\\{([0-9A-F-]+)\\}"`).exec(table);
        expect(m, tag).not.toBeNull();
        const target =
          new RegExp(`Id="${m![1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
          new RegExp(`Target="([^"]+)"[^>]*Id="${m![1]}"`).exec(rels)?.[1];
        const odttf = new Uint8Array(unzip(file, path.posix.join('word', target!)));
        // ECMA-376 font obfuscation: the first 32 bytes XOR the key's bytes, read from its end.
        const key = m![2]!.replace(/-/g, '');
        const keyBytes = Array.from({ length: 16 }, (_, i) => parseInt(key.slice(30 - i * 2, 32 - i * 2), 16));
        const plain = odttf.map((b, i) => (i < 32 ? b ^ keyBytes[i % 16]! : b));
        expect(plain.length, tag).toBe(bytes.length);
        expect(Buffer.from(plain).equals(Buffer.from(bytes)), tag).toBe(true);
      }
    }
  });
});
