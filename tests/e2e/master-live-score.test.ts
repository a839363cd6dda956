import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { MASTER, ROOT } from '../support/run-cli';
import { SCREENSHOTS } from './app-fixture';
import { axe } from './axe-scan';
import { startServerBuild, type RunningApp } from './server-build';

const posting = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/postings', name), 'utf8');
const BULLET = 'inference-engineer-1';
const PLAIN = 'Wrote weekly reports for the team';
// Words the ICU posting asks for and the GPU posting does not.
const NURSING = ' caring for ICU patients on mechanical ventilation, ACLS certified';

let dir: string;
let app: RunningApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];

async function api(name: string, input: unknown): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${app.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tailor-token': app.token },
    body: JSON.stringify(input),
  });
  const r = (await res.json()) as { ok: boolean; error?: string };
  if (!r.ok) throw new Error(r.error);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-live-score-e2e-'));
  copyFileSync(MASTER, path.join(dir, 'master.json'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [app, browser] = await Promise.all([
    startServerBuild({
      TAILOR_RESUME: path.join(dir, 'master.json'),
      TAILOR_LIBRARY: path.join(dir, 'variants'),
      TAILOR_SETTINGS: path.join(dir, 'settings.json'),
    }),
    launchChromium(),
  ]);
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await api('createVariant', {
    company: 'Acme GPU',
    role: 'GPU Kernel Engineer',
    postingText: posting('gpu-kernel-engineer.txt'),
  });
  await api('createVariant', { company: 'Northwind Health', role: 'ICU Nurse', postingText: posting('icu-nurse.txt') });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a master bullet scored live against every saved posting', () => {
  it("typing a posting's keywords into a master bullet raises its shown score for that posting", async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Master resume' }).click();
    const li = page.locator(`li[data-master-bullet-id="${BULLET}"]`);
    const box = li.getByRole('textbox');
    await box.fill(PLAIN);
    const panel = li.getByTestId('bullet-across-postings');
    const scoreFor = async (company: RegExp) => {
      const row = panel.locator('li', { hasText: company });
      return (await row.count()) ? Number(await row.getByTestId('bullet-across-score').textContent()) : -1;
    };
    // Both saved postings are listed under the bullet being edited, and nowhere else.
    await expect.poll(() => panel.locator('li').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByTestId('bullet-across-postings').count()).toBe(1);
    const before = await scoreFor(/Northwind Health/);
    const gpuBefore = await scoreFor(/Acme GPU/);
    expect(before).toBeGreaterThanOrEqual(0);

    await box.press('End');
    await box.pressSequentially(NURSING);
    await expect.poll(() => scoreFor(/Northwind Health/), { timeout: 15_000 }).toBeGreaterThan(before);
    const nurseRow = panel.locator('li', { hasText: /Northwind Health/ });
    expect((await nurseRow.textContent())?.toLowerCase()).toMatch(/ventilation|acls|icu/);
    // The posting the new words do not belong to is not raised by them.
    expect(await scoreFor(/Acme GPU/)).toBeLessThanOrEqual(gpuBefore);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'master-live-score.png') });
    expect(await axe(page), 'master bullet with its live scores').toEqual([]);

    // Focus elsewhere: the scores make way.
    await page.getByRole('button', { name: 'Save master' }).focus();
    await expect.poll(() => page.getByTestId('bullet-across-postings').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
