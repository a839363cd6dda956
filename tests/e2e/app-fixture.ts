import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
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
export async function startE2E(): Promise<E2E> {
  const library = mkdtempSync(path.join(os.tmpdir(), 'tailor-e2e-'));
  const [app, browser] = await Promise.all([
    startServerBuild({
      TAILOR_LIBRARY: path.join(library, 'variants'),
      TAILOR_SETTINGS: path.join(library, 'settings.json'),
    }),
    launchChromium(),
  ]);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
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

/**
 * Moves a sortable item one place up without a mouse, as a keyboard user does with dnd-kit's keyboard sensor:
 * focus its handle, pick it up (Space or Enter), ArrowUp, drop. The one sleep left in the e2e suite: dnd-kit's
 * keyboard sensor measures the items on the frames after each key and shows nothing observable when it is done (its
 * live region and aria-pressed change before the measurement settles; polling them dropped the item unmoved).
 */
export async function moveUpByKeyboard(page: Page, handle: Locator, key: 'Space' | 'Enter'): Promise<void> {
  await handle.focus();
  await page.keyboard.press(key);
  await page.waitForTimeout(300);
  await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(300);
  await page.keyboard.press(key);
}
