import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_STYLES, parseTemplate } from '../../../src/core/render/template-schema';
import { ROOT } from './render-fixtures';

const dir = path.join(ROOT, 'templates');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('templates are data', () => {
  it('ships at least three valid templates: a serif, a sans and a compact one, Letter or A4', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const r = parseTemplate(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      expect(r.ok ? [] : r.problems, f).toEqual([]);
      if (r.ok) expect(`${r.template.name}.json`).toBe(f);
    }
  });

  it('ships every font a template names, as TTF, with its licence beside it', () => {
    for (const f of files) {
      const t = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { fonts: Record<string, string> };
      for (const style of FONT_STYLES) {
        const font = path.join(dir, 'fonts', t.fonts[style]!);
        expect(existsSync(font), font).toBe(true);
        expect(
          readFileSync(font)
            .subarray(0, 4)
            .equals(Buffer.from([0, 1, 0, 0])),
          font,
        ).toBe(true);
        const licence = path.join(path.dirname(font), 'OFL.txt');
        expect(readFileSync(licence, 'utf8'), licence).toContain('SIL Open Font License');
      }
    }
  });

  it('rejects a bad template with every problem at its path', () => {
    const t = JSON.parse(readFileSync(path.join(dir, 'classic.json'), 'utf8')) as Record<string, unknown>;
    const bad = {
      ...t,
      page: { size: 'legal', margins: { top: 1, right: 1, bottom: 1, left: 1 } },
      fonts: { ...(t.fonts as object), bold: '../../etc/passwd' },
      extra: 1,
    };
    const r = parseTemplate(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.some((p) => p.startsWith('page.size:'))).toBe(true);
      expect(r.problems.some((p) => p.startsWith('fonts.bold:'))).toBe(true);
      expect(r.problems.some((p) => p.includes('extra'))).toBe(true);
    }
  });
});
