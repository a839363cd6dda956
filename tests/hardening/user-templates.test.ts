import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATES_DIR, userTemplatesDirFor } from '../../src/node/template-store';
import { callMethod } from '../../src/service/call-method';
import type { ServiceContext } from '../../src/service/service-context';
import { hardeningContext } from './hardening-fixture';

let ctx: ServiceContext;
let cleanup: () => void;
let userDir: string;

/** A copy of the built-in classic template under another id and label, in the person's templates folder. */
function addUserTemplate(id: string, label: string): void {
  const t = JSON.parse(readFileSync(path.join(TEMPLATES_DIR, 'classic.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(userDir, `${id}.json`), JSON.stringify({ ...t, name: id, label }));
}

beforeEach(() => {
  const h = hardeningContext();
  ctx = h.ctx;
  cleanup = h.cleanup;
  userDir = userTemplatesDirFor(ctx.libraryDir);
  mkdirSync(userDir, { recursive: true });
});
afterEach(() => cleanup());

async function variantWith(template: string) {
  const made = await callMethod(
    'createVariant',
    { company: 'Acme', role: 'Nurse', postingText: 'Nurse for a surgical ward.' },
    ctx,
  );
  if (!made.ok) throw new Error(made.error);
  return { ...(made.value as { variant: Record<string, unknown> }).variant, template };
}

describe('the person’s own templates folder', () => {
  it('is the app-data folder beside the library and the settings', () => {
    expect(ctx.userTemplatesDir).toBe(path.join(path.dirname(ctx.libraryDir), 'templates'));
    expect(path.dirname(ctx.settingsFile)).toBe(path.dirname(userDir));
  });

  it('listTemplates shows the built-in templates and the person’s own, each with where it comes from', async () => {
    addUserTemplate('my-nurse', 'My nurse layout');
    const r = await callMethod('listTemplates', {}, ctx);
    if (!r.ok) throw new Error(r.error);
    const list = (r.value as { templates: { name: string; source: string; label: string }[] }).templates;
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'classic', source: 'built-in' }),
        { name: 'my-nurse', label: 'My nurse layout', description: expect.any(String), source: 'user' },
      ]),
    );
  });

  it('renders a variant with a user template by id (fonts borrowed from the built-in folder)', async () => {
    addUserTemplate('my-nurse', 'My nurse layout');
    const r = await callMethod('renderPreview', { variant: await variantWith('my-nurse') }, ctx);
    expect(r).toMatchObject({ ok: true, value: { template: 'my-nurse', pageCount: expect.any(Number) } });
  });

  it('a user file named like a built-in does not replace it, and the list says so', async () => {
    copyFileSync(path.join(TEMPLATES_DIR, 'compact.json'), path.join(userDir, 'classic.json'));
    const r = await callMethod('listTemplates', {}, ctx);
    if (!r.ok) throw new Error(r.error);
    const v = r.value as { templates: { name: string; source: string; label: string }[]; problems: string[] };
    expect(v.templates.filter((t) => t.name === 'classic')).toEqual([
      expect.objectContaining({ source: 'built-in', label: expect.not.stringMatching(/compact/i) }),
    ]);
    expect(v.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/your template "classic" in .* is not used: .*built-in/)]),
    );
    const shown = await callMethod('renderPreview', { variant: await variantWith('classic') }, ctx);
    expect(shown).toMatchObject({ ok: true, value: { template: 'classic' } });
  });

  it('paths are still refused, whichever folder they point into', async () => {
    addUserTemplate('my-nurse', 'My nurse layout');
    for (const bad of [path.join(userDir, 'my-nurse.json'), '../templates/my-nurse', '/etc/hostname']) {
      const r = await callMethod('renderPreview', { variant: await variantWith(bad) }, ctx);
      expect(r.ok).toBe(false);
    }
  });
});
