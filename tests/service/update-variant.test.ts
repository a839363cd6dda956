import { afterEach, describe, expect, it } from 'vitest';
import { callMethod } from '../../src/service/call-method';
import { call, tempContext } from './service-fixture';

let cleanup = () => {};
afterEach(() => cleanup());

async function made() {
  const t = tempContext();
  cleanup = t.cleanup;
  const v = await call(t.ctx, 'createVariant', {
    company: 'Acme',
    role: 'Nurse',
    postingText: 'ICU nurse',
    url: 'https://acme.example/jobs/1',
  });
  return { ctx: t.ctx, v };
}

describe('updateVariant (one read-change-save: `tailor variants save`)', () => {
  it('sets fields, clears the URL with an empty one and replaces the posting text, in one save', async () => {
    const { ctx, v } = await made();
    const r = await call(ctx, 'updateVariant', {
      id: v.variant.id,
      set: { status: 'applied', notes: 'called on Tuesday', url: '', pageTarget: 2 },
      postingText: 'Charge nurse, ICU',
    });
    expect(r.revision).not.toBe(v.revision);
    const stored = await call(ctx, 'getVariant', { id: v.variant.id });
    expect(stored.variant).toMatchObject({ status: 'applied', notes: 'called on Tuesday', pageTarget: 2 });
    expect(stored.variant.posting).toEqual({ text: 'Charge nurse, ICU' });
    expect(stored.revision).toBe(r.revision);
  });

  it('saves an edited copy, then refuses a stale one by the revision it was based on, writing nothing', async () => {
    const { ctx, v } = await made();
    const edited = { ...v.variant, notes: 'first edit' };
    const first = await call(ctx, 'updateVariant', { id: v.variant.id, variant: edited, expectedRevision: v.revision });
    expect(first.variant.notes).toBe('first edit');
    const stale = await callMethod(
      'updateVariant',
      { id: v.variant.id, variant: { ...v.variant, notes: 'old copy' }, expectedRevision: v.revision },
      ctx,
    );
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect((await call(ctx, 'getVariant', { id: v.variant.id })).variant.notes).toBe('first edit');
  });

  it('refuses a copy of another variant, an unknown field and an unknown id, each by its code', async () => {
    const { ctx, v } = await made();
    const other = await callMethod('updateVariant', { id: 'zzzz9999', variant: v.variant }, ctx);
    expect(other).toMatchObject({ ok: false, code: 'bad-input' });
    if (!other.ok) expect(other.error).toContain(`the variant given is ${v.variant.id}, not zzzz9999`);
    const field = await callMethod('updateVariant', { id: v.variant.id, set: { colour: 'red' } }, ctx);
    expect(field).toMatchObject({ ok: false, code: 'bad-input' });
    const missing = await callMethod('updateVariant', { id: 'zzzz9999', set: { notes: 'x' } }, ctx);
    expect(missing).toMatchObject({ ok: false, code: 'not-found' });
  });
});
