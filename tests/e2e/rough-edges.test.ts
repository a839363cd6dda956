import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { startE2E, type E2E } from './app-fixture';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
let e: E2E;

beforeAll(async () => {
  // The test changes the master on disk: a copy of the fixture.
  e = await startE2E({ masterCopy: true });
}, 120_000);
afterAll(async () => e?.close());

const strongest = (page: Page) => page.getByRole('list', { name: 'Strongest bullets' }).locator('li').allTextContents();
const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');

describe('rough edges found in use', () => {
  it('"Strongest bullets" never lists a hidden bullet', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await page.getByLabel('Job posting').fill(POSTING);
    await page.getByRole('button', { name: /^Save as application/ }).click();
    await page.getByLabel('Company', { exact: true }).fill('Acme GPU');
    await page.getByRole('button', { name: 'Save application' }).click();
    await saved(page);
    const top = (await strongest(page))[0] ?? '';
    // "98 Engineered a fused LayerNorm…": the bullet in the resume that starts with the same words.
    const words = top.replace(/^\d+\s*/, '').slice(0, 30);
    const row = page.locator('li[data-bullet-id]', { has: page.locator('.bullet-text', { hasText: words }) });
    expect(await row.count()).toBe(1);
    await row.getByRole('checkbox').uncheck();
    await expect.poll(async () => (await strongest(page)).some((t) => t.includes(words))).toBe(false);
    expect(await strongest(page)).toHaveLength(3);
  });

  it('a notice about something done goes away by itself', async () => {
    const { page } = e;
    await page.getByRole('button', { name: 'Auto-tailor' }).click();
    const notice = page.locator('.notice', { hasText: 'Auto-tailored' });
    await expect.poll(() => notice.count()).toBe(1);
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(0);
  });

  it('saving the master keeps the open variant’s undo history', async () => {
    const { page } = e;
    await saved(page);
    const row = page.locator('li[data-bullet-id]').first();
    const id = (await row.getAttribute('data-bullet-id')) ?? '';
    await row.getByRole('checkbox').uncheck();
    await saved(page);
    await page.getByRole('button', { name: 'Master resume' }).click();
    // A bullet added to the master: the variant read again differs from the one its saved history ends at.
    const entry = page.locator('article.m-entry').first();
    await entry.getByRole('button', { name: /^Add a bullet to/ }).click();
    await entry.locator('li[data-master-bullet-id]').last().getByRole('textbox').fill('Mentored two new engineers.');
    await page.getByRole('button', { name: 'Save master' }).click();
    await expect.poll(() => page.getByTestId('master-save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    await page.getByRole('button', { name: 'Tailoring' }).click();
    const undo = page.getByRole('toolbar', { name: 'Tailoring actions' }).getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.isEnabled(), { timeout: 15_000 }).toBe(true);
    await undo.click();
    await expect.poll(() => page.locator(`li[data-bullet-id="${id}"]`).getByRole('checkbox').isChecked()).toBe(true);
  });

  it('"Reload from disk" brings the tailoring view onto the master on disk, not only the preview', async () => {
    const { page } = e;
    await saved(page);
    const file = path.join(e.library, 'master.json');
    const master = JSON.parse(readFileSync(file, 'utf8'));
    const bullet = master.sections.flatMap((s: { entries: { bullets: { id: string; text: unknown }[] }[] }) =>
      s.entries.flatMap((x) => x.bullets),
    )[0];
    const CHANGED = 'Changed on disk: profiled CUDA kernels with Nsight Compute and halved their run time.';
    bullet.text = [{ text: CHANGED }];
    writeFileSync(file, JSON.stringify(master, null, 2));
    await page.getByRole('button', { name: 'Master resume' }).click();
    await page.getByRole('button', { name: 'Reload from disk' }).click();
    await page.getByRole('button', { name: 'Tailoring' }).click();
    await expect
      .poll(() => page.locator(`li[data-bullet-id="${bullet.id}"] .bullet-text`).textContent(), { timeout: 15_000 })
      .toBe(CHANGED);
    expect(e.errors).toEqual([]);
  });
});
