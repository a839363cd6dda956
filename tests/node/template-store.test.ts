import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTemplates, loadTemplate, loadTemplateFile, TEMPLATES_DIR } from '../../src/node/template-store';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-templates-'));

describe('template store', () => {
  it('lists and loads the shipped templates by name', async () => {
    expect(await listTemplates()).toEqual(expect.arrayContaining(['classic', 'compact', 'modern']));
    const t = await loadTemplate('modern');
    expect(t.ok && t.template.fonts.family).toBe('IBM Plex Sans');
    expect(t.ok && t.fontsDir).toBe(path.join(TEMPLATES_DIR, 'fonts'));
  });

  it('names the templates there are when asked for one that is not', async () => {
    const t = await loadTemplate('fancy');
    expect(t).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^no template named "fancy"; the templates are: .*classic/),
    });
  });

  it('reports bad JSON and schema problems in a template file by path', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": 1, ');
    const r1 = await loadTemplateFile(broken);
    expect(r1.ok).toBe(false);
    expect(!r1.ok && r1.error).toContain(broken);
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ schemaVersion: 1, name: 'wrong', lineHeight: 9 }));
    const r2 = await loadTemplateFile(wrong);
    expect(!r2.ok && r2.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^lineHeight: /), expect.stringMatching(/^fonts: /)]),
    );
  });

  it('loads a template file from another folder, with fonts from the folder beside it', async () => {
    const other = path.join(dir, 'mine');
    mkdirSync(other);
    copyFileSync(path.join(TEMPLATES_DIR, 'classic.json'), path.join(other, 'classic.json'));
    const t = await loadTemplateFile(path.join(other, 'classic.json'));
    expect(t.ok && t.fontsDir).toBe(path.join(other, 'fonts'));
  });

  it('refuses a path where a template name belongs, without opening the file', async () => {
    for (const bad of [
      '/etc/hostname',
      '/dev/zero',
      '\\\\other-host\\share\\t.json',
      '../templates/classic',
      'Classic',
    ]) {
      const t = await loadTemplate(bad);
      expect(t.ok).toBe(false);
      expect(!t.ok && t.error).toMatch(/is not a template name: .*never by a file path/);
    }
    // Not even the first line of the file reaches the message.
    const secret = path.join(dir, 'secret.json');
    writeFileSync(secret, 'TOP-SECRET-CONTENTS');
    const t = await loadTemplate(secret);
    expect(!t.ok && t.error).not.toContain('TOP-SECRET');
  });

  it('does not follow a symlink inside the templates folder', async () => {
    const tdir = path.join(dir, 'linked');
    mkdirSync(tdir);
    symlinkSync('/etc/hostname', path.join(tdir, 'evil.json'));
    const t = await loadTemplate('evil', tdir);
    expect(t).toMatchObject({ ok: false, error: expect.stringMatching(/^no template named "evil"/) });
  });
});
