import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateFonts } from '../../src/node/font-files';
import { FONTS_DIR, loadTemplate } from '../../src/node/template-store';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-fonts-'));

async function classic() {
  const t = await loadTemplate('classic');
  if (!t.ok) throw new Error(t.error);
  return t.template;
}

describe('template font files', () => {
  it('reads the four faces, and hands back the same bytes on the next export (the renderer caches on them)', async () => {
    const t = await classic();
    const a = await loadTemplateFonts(t, FONTS_DIR);
    const b = await loadTemplateFonts(t, FONTS_DIR);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.fonts.regular.length).toBeGreaterThan(10_000);
      expect(a.fonts.regular).toBe(b.fonts.regular);
    }
  });

  it('names the template, the face and the file when a font is missing', async () => {
    const r = await loadTemplateFonts(await classic(), dir);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^template "classic": the regular font source-serif-4\/SourceSerif4_400Regular\.ttf: no such file/,
      ),
    });
  });

  it('refuses a file that is not a TrueType font', async () => {
    const t = await classic();
    mkdirSync(path.join(dir, 'source-serif-4'), { recursive: true });
    writeFileSync(path.join(dir, t.fonts.regular), '<html>not a font</html>');
    const r = await loadTemplateFonts(t, dir);
    expect(!r.ok && r.error).toMatch(/is not a TrueType \(\.ttf\) font/);
  });
});

describe('a damaged font file', () => {
  it('is reported by name, not as a crash', async () => {
    const t = await classic();
    const bad = mkdtempSync(path.join(tmpdir(), 'tailor-badfont-'));
    mkdirSync(path.join(bad, 'source-serif-4'), { recursive: true });
    // The TrueType signature, then garbage: passes the magic check, fails in the parser.
    writeFileSync(
      path.join(bad, t.fonts.regular),
      Buffer.concat([Buffer.from([0, 1, 0, 0, 0, 40]), Buffer.alloc(64, 7)]),
    );
    const r = await loadTemplateFonts(t, bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^template "classic": the regular font .*: is not a readable TrueType font/);
  });
});
