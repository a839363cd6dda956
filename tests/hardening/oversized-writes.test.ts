import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callMethod } from '../../src/service/call-method';
import type { Variant } from '../../src/core/tailor/variant-schema';
import { hardeningContext } from './hardening-fixture';

let t: ReturnType<typeof hardeningContext>;
beforeEach(() => {
  t = hardeningContext();
});
afterEach(() => t.cleanup());

async function created(): Promise<{ variant: Variant; revision: string }> {
  const r = await callMethod('createVariant', { company: 'Acme', role: 'Nurse', postingText: 'Triage nurse.' }, t.ctx);
  if (!r.ok) throw new Error(r.error);
  return r.value as { variant: Variant; revision: string };
}

describe('the writer refuses what the reader would refuse', () => {
  it('a 6 MB posting that JSON would escape to ~18 MB is refused, and the file on disk is the old one', async () => {
    const { variant, revision } = await created();
    const before = readdirSync(t.ctx.libraryDir);
    const posting = '\u0001'.repeat(2_900_000);
    const r = await callMethod(
      'saveVariant',
      { variant: { ...variant, posting: { text: posting } }, expectedRevision: revision },
      t.ctx,
    );
    expect(r).toMatchObject({
      ok: false,
      code: 'bad-input',
      error: expect.stringMatching(/would be \d+ MB on disk, more than the 8\.0 MB/),
    });
    expect(readdirSync(t.ctx.libraryDir)).toEqual(before);
    const listed = await callMethod('listVariants', {}, t.ctx);
    expect(listed.ok && (listed.value as { unreadable: unknown[] }).unreadable).toEqual([]);
  });

  it('a 7 MB rewording is refused by the schema at once, without blocking the loop', async () => {
    const { variant, revision } = await created();
    const bullet = 'b1';
    const huge = { text: [{ text: 'x'.repeat(7 * 1024 * 1024) }], masterText: '' };
    const t0 = performance.now();
    const r = await callMethod(
      'saveVariant',
      {
        variant: { ...variant, tailoring: { ...variant.tailoring, rewording: { [bullet]: huge } } },
        expectedRevision: revision,
      },
      t.ctx,
    );
    const ms = performance.now() - t0;
    console.log(`7 MB rewording refused in ${Math.round(ms)} ms`);
    expect(r).toMatchObject({
      ok: false,
      code: 'bad-input',
      error: expect.stringMatching(/at most 10,000 characters/),
    });
    expect(ms).toBeLessThan(1_000);
  });

  it('a template path in a variant or in createVariant is refused with the name rule, never opened', async () => {
    const bad = await callMethod('createVariant', { company: 'Acme', template: '/etc/hostname' }, t.ctx);
    expect(bad).toMatchObject({
      ok: false,
      code: 'bad-input',
      error: expect.stringMatching(/template name like "classic"/),
    });
    const { variant } = await created();
    const preview = await callMethod('renderPreview', { variant: { ...variant, template: '/dev/zero' } }, t.ctx);
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.error).toMatch(/template name like "classic"/);
  });
});

describe('a posting with one 40,000-letter token', () => {
  it('is analysed in well under a second, through the service', async () => {
    await callMethod('analyzePosting', { text: 'Warm-up: registered nurse, triage, BLS.' }, t.ctx);
    const text = `Registered nurse for triage. ${'bcdfghjklmnpqrstvwxz'.repeat(2000)}\nRequirements: BLS, ACLS, patient care.`;
    const t0 = performance.now();
    const r = await callMethod('analyzePosting', { text }, t.ctx);
    const ms = performance.now() - t0;
    console.log(`40k-letter token posting analysed in ${Math.round(ms)} ms`);
    expect(r.ok).toBe(true);
    expect(ms).toBeLessThan(1_000);
  });
});
