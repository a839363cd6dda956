import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { moveByKeyboard, startE2E, type E2E } from './app-fixture';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
}, 120_000);
afterAll(async () => e?.close());

const sections = (page: Page) =>
  page.locator('.resume > section').evaluateAll((els) => els.map((el) => el.getAttribute('data-section-id') ?? ''));
const bulletsOf = (page: Page, entryId: string) =>
  page
    .locator(`[data-entry-id="${entryId}"] li[data-bullet-id]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-bullet-id') ?? ''));
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      text: el?.textContent ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      bullet: el?.closest('li[data-bullet-id]')?.getAttribute('data-bullet-id') ?? null,
      skip: el?.classList.contains('skip-link') ?? false,
    };
  });
const moved = (list: string[], from: number, to: number) => {
  const out = [...list];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x ?? '');
  return out;
};

describe('keyboard only, at 1280×800', () => {
  it('opens a variant; after a reload the same variant is open again', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(e.app.url);
    await page.getByLabel('Job posting').fill(POSTING);
    await page.getByRole('button', { name: /^Save as application/ }).click();
    await page.getByLabel('Company', { exact: true }).fill('Acme GPU');
    await page.getByRole('button', { name: 'Save application' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    await page.reload();
    // Nothing clicked: the variant open before the reload is open again.
    await expect
      .poll(() => page.getByLabel('Company', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe('Acme GPU');
  });

  it('reaches the first bullet from the top of the page in at most 10 Tab presses (skip link)', async () => {
    const { page } = e;
    const first = await page.locator('li[data-bullet-id]').first().getAttribute('data-bullet-id');
    let tabs = 0;
    for (; tabs < 10;) {
      await page.keyboard.press('Tab');
      tabs++;
      const a = await active(page);
      if (a.bullet === first) break;
      if (a.skip) {
        expect(a.text).toBe('Skip to the resume');
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await active(page)).id).toBe('resume-pane');
      }
    }
    const a = await active(page);
    expect(a.bullet, `after ${tabs} Tab presses focus is on ${a.tag} ${a.label || a.text}`).toBe(first);
    expect(a.label).toMatch(/^Move bullet/);
    console.log(`first bullet reached in ${tabs} Tab presses`);
  });

  it('moves the focused bullet down one place; the announcement names its first words and its position', async () => {
    const { page } = e;
    const li = page.locator('li[data-bullet-id]').first();
    const id = (await li.getAttribute('data-bullet-id')) ?? '';
    const entry = (await li.evaluate((el) => el.closest('[data-entry-id]')?.getAttribute('data-entry-id'))) ?? '';
    const before = await bulletsOf(page, entry);
    const words = ((await li.locator('.bullet-text').textContent()) ?? '').slice(0, 12);
    const said = await moveByKeyboard(page, li.getByRole('button', { name: /^Move bullet/ }), 'Space', 'ArrowDown');
    expect(said).toMatch(
      new RegExp(
        `^Moved '${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^']*…?' to position 2 of ${before.length}\\.$`,
      ),
    );
    expect(said).not.toContain(id);
    await expect.poll(() => bulletsOf(page, entry)).toEqual(moved(before, 0, 1));
  });

  it('moves sections of any height one place per arrow key: the tallest up and down, a short one down', async () => {
    const { page } = e;
    const heights = await page
      .locator('.resume > section')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    const order = await sections(page);
    const tall = heights.indexOf(Math.max(...heights));
    expect(Math.max(...heights)).toBeGreaterThan(2 * Math.min(...heights));
    const handle = (id: string) => page.locator(`.resume > section[data-section-id="${id}"] .r-section-head .handle`);
    const tallId = order[tall] ?? '';
    // Up first when it can go up, then back down (or the other way round at the top).
    const [first, second] = tall > 0 ? (['ArrowUp', 'ArrowDown'] as const) : (['ArrowDown', 'ArrowUp'] as const);
    await moveByKeyboard(page, handle(tallId), 'Enter', first);
    const once = moved(order, tall, tall + (first === 'ArrowUp' ? -1 : 1));
    await expect.poll(() => sections(page)).toEqual(once);
    await moveByKeyboard(page, handle(tallId), 'Enter', second);
    await expect.poll(() => sections(page)).toEqual(order);
    // The shortest section, one ArrowDown: exactly one place (it used to jump two past a tall neighbour).
    const short = heights.indexOf(Math.min(...heights.slice(0, -1)));
    await moveByKeyboard(page, handle(order[short] ?? ''), 'Space', 'ArrowDown');
    await expect.poll(() => sections(page)).toEqual(moved(order, short, short + 1));
  });

  it('the keyword chips are one Tab stop, arrows move inside', async () => {
    const { page } = e;
    await page.getByRole('tab', { name: 'Job posting' }).click();
    const chips = page.getByRole('list', { name: 'Keywords by weight' });
    expect(await chips.locator('button[tabindex="0"]').count()).toBe(1);
    expect(await chips.locator('button').count()).toBeGreaterThan(20);
    await chips.locator('button[tabindex="0"]').focus();
    const label = async () => (await active(page)).label;
    expect(await label()).toMatch(/^Boost /);
    await page.keyboard.press('ArrowRight');
    expect(await label()).toMatch(/^Remove /);
    await page.keyboard.press('ArrowRight');
    expect(await label()).toMatch(/^Boost /);
    // Tab leaves the list at once.
    await page.keyboard.press('Tab');
    expect(await chips.evaluate((ul) => ul.contains(document.activeElement))).toBe(false);
    await page.getByRole('tab', { name: 'Resume' }).click();
  });

  it('after a rewording, focus returns to the bullet’s Reword button', async () => {
    const { page } = e;
    const li = page.locator('li[data-bullet-id]').nth(1);
    await li.getByRole('button', { name: /^Reword/ }).focus();
    await page.keyboard.press('Enter');
    const box = li.getByRole('textbox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(' Faster.');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await active(page)).label).toMatch(/^Reword: /);
    expect(await li.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(e.errors).toEqual([]);
  });
});
