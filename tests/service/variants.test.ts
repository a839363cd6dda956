import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callMethod } from '../../src/service/call-method';
import { ROOT } from '../support/run-cli';
import { call, tempContext } from './service-fixture';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
const cleanups: (() => void)[] = [];
const setup = () => {
  const t = tempContext();
  cleanups.push(t.cleanup);
  return t.ctx;
};
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('variants through the service', () => {
  it('creates, lists with a match rate, searches, reopens, duplicates, renames, deletes and restores', async () => {
    const ctx = setup();
    const made = await call(ctx, 'createVariant', {
      company: 'Acme GPU',
      role: 'Kernel Engineer',
      postingText: POSTING,
    });
    const list = await call(ctx, 'listVariants', {});
    expect(list.variants).toHaveLength(1);
    expect(list.variants[0]?.matchRate).toBeGreaterThan(50);
    expect((await call(ctx, 'listVariants', { query: 'acme' })).variants.map((v) => v.id)).toEqual([made.variant.id]);
    expect((await call(ctx, 'listVariants', { query: 'kubernetes' })).variants).toEqual([]);

    const copy = await call(ctx, 'duplicateVariant', { id: made.variant.id, company: 'Beta Labs' });
    const renamed = await call(ctx, 'renameVariant', { id: copy.variant.id, role: 'Inference Engineer' });
    expect(renamed.variant).toMatchObject({ company: 'Beta Labs', role: 'Inference Engineer' });

    await call(ctx, 'deleteVariant', { id: made.variant.id });
    expect((await call(ctx, 'listVariants', {})).variants.map((v) => v.company)).toEqual(['Beta Labs']);
    expect((await call(ctx, 'listTrash', {})).variants.map((v) => v.id)).toEqual([made.variant.id]);
    await call(ctx, 'restoreVariant', { id: made.variant.id });
    expect((await call(ctx, 'getVariant', { id: made.variant.id })).variant.posting.text).toBe(POSTING);
  });

  it('refuses a save over a version it did not read: a conflict, nothing overwritten', async () => {
    const ctx = setup();
    const made = await call(ctx, 'createVariant', { company: 'Acme', role: 'Engineer' });
    const other = await call(ctx, 'saveVariant', {
      variant: { ...made.variant, notes: 'from another window' },
      expectedRevision: made.revision,
    });
    const mine = await callMethod(
      'saveVariant',
      { variant: { ...made.variant, notes: 'mine' }, expectedRevision: made.revision },
      ctx,
    );
    expect(mine).toMatchObject({ ok: false, code: 'conflict', error: expect.stringContaining('changed on disk') });
    expect((await call(ctx, 'getVariant', { id: made.variant.id })).variant.notes).toBe('from another window');
    // Knowingly keeping mine: save against the revision now on disk.
    await call(ctx, 'saveVariant', { variant: { ...made.variant, notes: 'mine' }, expectedRevision: other.revision });
    expect((await call(ctx, 'getVariant', { id: made.variant.id })).variant.notes).toBe('mine');
  });

  it('diffs a variant against the master', async () => {
    const ctx = setup();
    const made = await call(ctx, 'createVariant', { company: 'Acme', role: 'Engineer', postingText: POSTING });
    const hidden = {
      ...made.variant,
      tailoring: {
        ...made.variant.tailoring,
        hidden: { ...made.variant.tailoring.hidden, bullets: ['inference-engineer-3'] },
      },
    };
    await call(ctx, 'saveVariant', { variant: hidden, expectedRevision: made.revision });
    const diff = await call(ctx, 'diffVariants', { a: 'master', b: made.variant.id });
    expect(diff.items.find((i) => i.id === 'inference-engineer-3')?.changes).toEqual(['hidden']);
  });

  it('keeps settings in the settings file and gives defaults when there is none', async () => {
    const ctx = setup();
    expect((await call(ctx, 'getSettings', {})).settings).toEqual({
      theme: 'system',
      defaultTemplate: 'classic',
      defaultPageTarget: 1,
    });
    await call(ctx, 'saveSettings', { settings: { theme: 'dark' } });
    expect((await call(ctx, 'getSettings', {})).settings.theme).toBe('dark');
    expect(JSON.parse(readFileSync(ctx.settingsFile, 'utf8')).settings.theme).toBe('dark');
  });
});
