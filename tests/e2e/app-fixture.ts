import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../support/chromium';
import { MASTER } from '../support/run-cli';
import { startServerBuild, type RunningApp } from './server-build';

export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');

export interface E2E {
  app: RunningApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  library: string;
  errors: string[];
  close(): Promise<void>;
}

/**
 * One app (the browser build's server on the renderer build, a temporary library and settings) and one browser per
 * test file. tests/server/browser-fallback.test.ts covers `npm start` itself.
 */
export async function startE2E(opts: { noMaster?: boolean; masterCopy?: boolean } = {}): Promise<E2E> {
  const library = mkdtempSync(path.join(os.tmpdir(), 'tailor-e2e-'));
  // A copy of the fixture master the test may change on disk (the fixture itself stays as it is).
  if (opts.masterCopy) copyFileSync(MASTER, path.join(library, 'master.json'));
  const [app, browser] = await Promise.all([
    startServerBuild({
      TAILOR_LIBRARY: path.join(library, 'variants'),
      TAILOR_SETTINGS: path.join(library, 'settings.json'),
      // A first run: the master file does not exist yet (the app writes it there).
      ...(opts.noMaster || opts.masterCopy ? { TAILOR_RESUME: path.join(library, 'master.json') } : {}),
    }),
    launchChromium(),
  ]);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // The console only says "status of 400": name the call, what was sent and what came back, so a flake explains itself.
  page.on('response', (r) => {
    if (r.status() < 400) return;
    const sent = (r.request().postData() ?? '').slice(0, 400);
    r.text().then(
      (body) => errors.push(`${r.status()} ${r.url()} sent ${sent} got ${body.slice(0, 400)}`),
      () => errors.push(`${r.status()} ${r.url()} sent ${sent}`),
    );
  });
  return {
    app,
    browser,
    context,
    page,
    library,
    errors,
    async close() {
      await browser.close();
      await app.stop();
      rmSync(library, { recursive: true, force: true });
    },
  };
}

/** What each of dnd-kit's live regions (one per DndContext) says now. */
const regions = (page: Page) =>
  page.locator('[id^="DndLiveRegion"]').evaluateAll((els) => els.map((el) => el.textContent ?? ''));

/** Waits until a live region says something new that matches, and returns it. */
async function hear(page: Page, before: string[], re: RegExp): Promise<string> {
  let heard = '';
  await expect
    .poll(async () => {
      const now = await regions(page);
      heard = now.find((t, i) => t !== before[i] && re.test(t)) ?? '';
      return heard;
    })
    .not.toBe('');
  return heard;
}

/** Two animation frames: dnd-kit measures the items on the frames after a key press. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));

/**
 * Moves a sortable item one place up or down without a mouse, as a keyboard user does with dnd-kit's keyboard sensor:
 * focus its handle, pick it up (Space or Enter), an arrow key, drop. Each step waits for what a screen reader hears
 * (src/renderer/lib/sortable-keyboard.ts announces the pick-up and each move) and for the frames dnd-kit measures on,
 * instead of fixed pauses. Returns the move's announcement.
 */
export async function moveByKeyboard(
  page: Page,
  handle: Locator,
  key: 'Space' | 'Enter',
  direction: 'ArrowUp' | 'ArrowDown',
): Promise<string> {
  await handle.focus();
  let before = await regions(page);
  await page.keyboard.press(key);
  await hear(page, before, /^Picked up/);
  await frames(page);
  before = await regions(page);
  await page.keyboard.press(direction);
  const moved = await hear(page, before, /^Moved '.+' to position \d+ of \d+/);
  await frames(page);
  before = await regions(page);
  await page.keyboard.press(key);
  await hear(page, before, /^Dropped/);
  return moved;
}

export const moveUpByKeyboard = (page: Page, handle: Locator, key: 'Space' | 'Enter') =>
  moveByKeyboard(page, handle, key, 'ArrowUp').then(() => undefined);

/**
 * The start view's flow: paste the posting (the report shows), "Save as application…", name it (company and role
 * are prefilled from the posting when it names them; `role` overrides), save. Resolves once the variant is open.
 */
export async function saveApplication(page: Page, posting: string, company: string, role?: string): Promise<void> {
  await page.getByLabel('Job posting').fill(posting);
  await page.getByRole('button', { name: /^Save as application/ }).click();
  await page.getByLabel('Company', { exact: true }).fill(company);
  if (role !== undefined) await page.getByLabel('Role', { exact: true }).fill(role);
  await page.getByRole('button', { name: 'Save application' }).click();
  await page.locator('.workspace').waitFor({ timeout: 30_000 });
}

/** Shows a pane that shares a column with others at this width (its tab); at widths with every pane shown, nothing to do. */
export async function showPane(page: Page, name: 'Job posting' | 'Resume' | 'Preview'): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.count()) await tab.click();
}
