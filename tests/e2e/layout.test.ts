import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { startE2E, type E2E } from './app-fixture';
import { axe } from './axe-scan';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
/** Committed, so the layout at each size can be looked at without running the tests. */
const SHOTS = path.join(ROOT, 'docs/screenshots');
const SIZES = [
  [1024, 700],
  [1280, 800],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
] as const;
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
}, 120_000);
afterAll(async () => e?.close());

async function settle(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForFunction(
    (dark) =>
      matchMedia('(prefers-color-scheme: dark)').matches === dark &&
      document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
    scheme === 'dark',
    { polling: 'raf' },
  );
  await expect.poll(() => page.locator('.preview-pane').getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
}

/** How far the page or the main area could scroll sideways (0 when it cannot). */
const sideways = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      document.body.scrollWidth - document.body.clientWidth,
      ...[...document.querySelectorAll('.main, .workspace, .panes')].map((el) => el.scrollWidth - el.clientWidth),
    ),
  );

/** Whether the element's centre is the element itself (or inside it), not something painted over it. */
const onTop = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return 'missing';
    const r = el.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return 'out of view';
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit && (el === hit || el.contains(hit)) ? 'visible' : `covered by ${hit?.className ?? 'nothing'}`;
  }, selector);

describe('the tailoring view from 1024×700 to 1920×1080, light and dark', () => {
  it('opens a variant', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await page.getByLabel('Job posting').fill(POSTING);
    await page.getByRole('button', { name: /^Save as application/ }).click();
    await page.getByLabel('Company', { exact: true }).fill('Acme GPU');
    await page.getByRole('button', { name: 'Save application' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
  });

  for (const [width, height] of SIZES)
    for (const scheme of ['light', 'dark'] as const)
      it(`${width}×${height} ${scheme}: first entry's bullets ≥ 320 px and clickable, no sideways scroll, match rate in view, axe clean`, async () => {
        const { page } = e;
        await page.setViewportSize({ width, height });
        await settle(page, scheme);
        const entry = page.locator('.resume .r-entry:has(li[data-bullet-id])').first();
        const bullets = entry.locator('li[data-bullet-id]');
        const n = await bullets.count();
        expect(n).toBeGreaterThan(1);
        const widths: number[] = [];
        for (let i = 0; i < n; i++) {
          const b = bullets.nth(i);
          await b.scrollIntoViewIfNeeded();
          const box = await b.locator('.bullet-body').boundingBox();
          widths.push(Math.round(box?.width ?? 0));
          // Playwright's actionability: visible, stable, enabled and not covered by another element.
          await b.click({ trial: true, timeout: 3000 });
          await b.getByRole('checkbox').click({ trial: true, timeout: 3000 });
          await b.getByRole('button', { name: /^Move bullet/ }).click({ trial: true, timeout: 3000 });
        }
        expect(Math.min(...widths), `bullet text widths ${widths.join(', ')}`).toBeGreaterThanOrEqual(320);
        console.log(`${width}×${height} ${scheme}: first entry's bullet text ${widths.join(', ')} px wide`);
        expect(await sideways(page)).toBe(0);
        // The resume scrolled to its end: the match rate is still on screen and not under anything.
        await page.locator('.resume-pane').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        expect(await onTop(page, '[data-testid="match-rate"]')).toBe('visible');
        await page.locator('.resume-pane').evaluate((el) => el.scrollTo(0, 0));
        await page.screenshot({ path: path.join(SHOTS, `tailoring-${width}x${height}-${scheme}.png`) });
        expect(await axe(page), `${width}×${height} ${scheme}`).toEqual([]);
      });

  it('redraws the preview at the new width when the window is resized', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await settle(page, 'light');
    const canvasWidth = () =>
      page
        .locator('.pdf-pages canvas')
        .first()
        .evaluate((c) => (c as HTMLCanvasElement).width);
    const before = await canvasWidth();
    await page.setViewportSize({ width: 1700, height: 1000 });
    await expect.poll(canvasWidth, { timeout: 15_000 }).toBeLessThan(before);
    const boxWidth = await page.locator('.pdf-pages').evaluate((el) => el.clientWidth);
    const drawn = await page
      .locator('.pdf-pages canvas')
      .first()
      .evaluate((c) => parseFloat((c as HTMLElement).style.width));
    // Drawn for the box it is in, not scaled down from the old width.
    expect(Math.abs(drawn - (boxWidth - 4))).toBeLessThanOrEqual(10);
    expect(e.errors).toEqual([]);
  });
});
