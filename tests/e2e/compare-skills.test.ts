import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './app-fixture';
import { axe } from './axe-scan';

let e: E2E;
let ids: [string, string] = ['', ''];

beforeAll(async () => {
  e = await startE2E();
  await e.page.goto(e.app.url);
  // Two applications made through the app's own API: the right one rewords the summary and tailors the skills.
  ids = await e.page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="tailor-token"]')?.content ?? '';
    type Stored = {
      id: string;
      tailoring: { summary: unknown; skills: { hiddenItems: unknown; added: unknown } };
    };
    const call = async (name: string, input: unknown) => {
      const res = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tailor-token': token },
        body: JSON.stringify(input),
      });
      const r = (await res.json()) as { ok: boolean; value: { variant: Stored; revision: string }; error?: string };
      if (!r.ok) throw new Error(`${name}: ${r.error}`);
      return r.value;
    };
    const a = await call('createVariant', { company: 'Acme GPU', role: 'Kernel Engineer' });
    const b = await call('createVariant', { company: 'Northwind', role: 'Inference Engineer' });
    const v = b.variant;
    v.tailoring.summary = { text: 'Kernel engineer for inference at scale.', masterText: '' };
    v.tailoring.skills.hiddenItems = { 'skills-ml-serving-compilers': ['ONNX Runtime'] };
    v.tailoring.skills.added = [{ groupId: 'skills-languages-systems', item: 'Zig' }];
    await call('saveVariant', { variant: v, expectedRevision: b.revision });
    return [a.variant.id, v.id] as [string, string];
  });
}, 120_000);
afterAll(async () => e?.close());

describe('comparing two applications shows the summary and skills tailoring', () => {
  it('lists the reworded summary and the skills hidden and added, on each side', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await page.getByRole('button', { name: 'Applications', exact: true }).click();
    const compare = page.getByRole('region', { name: 'Compare two applications' });
    await compare.getByLabel('Left application').selectOption(ids[0]);
    await compare.getByLabel('Right application').selectOption(ids[1]);
    await expect
      .poll(() => page.getByTestId('compare-summary').textContent(), { timeout: 15_000 })
      .toMatch(/2 skill changes, summary reworded\.$/);
    expect(await page.getByTestId('compare-summary-text-b').textContent()).toContain(
      'Kernel engineer for inference at scale.',
    );
    expect(await page.getByTestId('compare-summary-text-a').textContent()).toMatch(/Performance-minded/);
    const right = page.getByTestId('compare-skills-b');
    expect(await right.locator('[data-skill="Zig"]').textContent()).toMatch(/added.*Languages.*: Zig/);
    expect(await right.locator('[data-skill="ONNX Runtime"]').textContent()).toMatch(
      /hidden.*not shown: .*ONNX Runtime/,
    );
    expect(await axe(page), 'compare view').toEqual([]);
    expect(e.errors).toEqual([]);
  }, 60_000);
});
