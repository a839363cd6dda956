import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { MASTER, ROOT } from '../support/run-cli';
import { SCREENSHOTS } from './app-fixture';
import { axe } from './axe-scan';
import { startServerBuild, type RunningApp } from './server-build';

const posting = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/postings', name), 'utf8');
const BULLET = 'inference-engineer-1';
const SENT_TEXT = 'real-time clinical dictation service';
const EDITED = 'Rewrote the dictation service after the application went out';

let dir: string;
let app: RunningApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const ids: Record<string, string> = {};

function api<T>(name: string, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: app.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tailor-token': app.token },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          const r = JSON.parse(body) as { ok: boolean; value: T; error: string };
          if (r.ok) resolve(r.value);
          else reject(new Error(r.error));
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

beforeAll(async () => {
  // A copy of the fixture master: the test edits it in the app.
  dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-apps-e2e-'));
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
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  const make = async (company: string, role: string, file: string, status: string) => {
    const made = await api<{ variant: { id: string } }>('createVariant', {
      company,
      role,
      postingText: posting(file),
      pageTarget: 2,
    });
    ids[company] = made.variant.id;
    if (status !== 'draft') await api('updateApplication', { id: made.variant.id, status });
  };
  await make('Acme GPU', 'GPU Kernel Engineer', 'gpu-kernel-engineer.txt', 'draft');
  await make('Northwind Health', 'ICU Nurse', 'icu-nurse.txt', 'draft');
  await make('Globex', 'Platform Engineer', 'go-container-platform.txt', 'interviewing');
  // A next step that was due yesterday: the board flags it.
  await api('updateApplication', { id: ids.Globex, nextStep: { text: 'Send references', due: '2020-01-01' } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const bulletText = () => page.locator(`li[data-bullet-id="${BULLET}"] .bullet-text`).textContent();
const saved = () => expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');

describe('applications in the app', () => {
  it('asks before a master edit reaches a sent application, and "keep as it was" keeps the sent view', async () => {
    await page.goto(app.url);
    await page
      .getByRole('button', { name: /^Acme GPU/ })
      .first()
      .click();
    await expect.poll(bulletText, { timeout: 15_000 }).toContain(SENT_TEXT);
    // Apply: export it (the browser build downloads it; the library keeps a frozen copy) and mark it applied.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    const sentFile = path.join(dir, 'sent.pdf');
    await download.saveAs(sentFile);
    await page
      .locator('.variant-fields')
      .getByRole('combobox', { name: /^Status/ })
      .selectOption('applied');
    await saved();
    await page.locator('summary', { hasText: /^Application/ }).click();
    await expect.poll(() => page.getByTestId('sent-line').count()).toBe(1);
    // The status change is dated on the timeline as soon as it is saved.
    const timeline = page.getByRole('list', { name: 'Status timeline' });
    await expect
      .poll(() => timeline.locator('li').allTextContents())
      .toEqual([expect.stringMatching(/^draft /), expect.stringMatching(/^applied /)]);
    expect(await page.getByTestId('sent-line').textContent()).toMatch(/^Sent on .+\(Mara Lindqvist - Acme GPU/);
    const stored = await api<{ variant: { exportHistory: { snapshot: string; sha256: string }[] } }>('getVariant', {
      id: ids['Acme GPU'],
    });
    const snap = stored.variant.exportHistory[0]!;
    expect(readFileSync(path.join(dir, 'variants', snap.snapshot)).equals(readFileSync(sentFile))).toBe(true);

    // Edit the master: the app asks about the sent application (not about the drafts).
    await page.getByRole('button', { name: 'Master resume' }).click();
    await page.locator(`li[data-master-bullet-id="${BULLET}"]`).getByRole('textbox').fill(EDITED);
    await page.getByRole('button', { name: 'Save master' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'This change reaches applications you already sent' });
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await dialog.textContent()).toContain('Acme GPU');
    expect(await dialog.textContent()).toContain('Globex');
    expect(await dialog.textContent()).not.toContain('Northwind');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SCREENSHOTS, `keep-or-apply-${scheme}.png`) });
      expect(await axe(page), `keep-or-apply dialog in ${scheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog
      .getByRole('radiogroup', { name: /Acme GPU/ })
      .getByRole('radio', { name: /^Keep/ })
      .check();
    await dialog
      .getByRole('radiogroup', { name: /Globex/ })
      .getByRole('radio', { name: /^Apply/ })
      .check();
    await dialog.getByRole('button', { name: 'Save master' }).click();
    await expect.poll(() => page.getByTestId('master-save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    expect(readFileSync(path.join(dir, 'master.json'), 'utf8')).toContain(EDITED);

    // The sent application still reads as it was sent; the banner says why and offers the way back.
    await page.getByRole('button', { name: 'Tailoring' }).click();
    await expect.poll(() => page.getByTestId('kept-banner').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(bulletText).toContain(SENT_TEXT);
    expect(await bulletText()).not.toContain(EDITED);
    await page.locator('summary', { hasText: /^Application/ }).click();
    await page.getByRole('button', { name: 'show what it said' }).click();
    expect(await page.getByTestId('sent-said').textContent()).toContain(SENT_TEXT);
    await page.getByRole('button', { name: 'compare with now' }).click();
    expect(await page.getByTestId('sent-compare').textContent()).toMatch(/0 reworded/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kept-application.png') });

    // A draft follows the master as it always has.
    await page
      .getByRole('button', { name: /^Northwind Health/ })
      .first()
      .click();
    await expect.poll(bulletText, { timeout: 15_000 }).toContain(EDITED);
  }, 120_000);

  it('shows the applications on a board by status, filters them, and flags an overdue next step', async () => {
    await page.getByRole('button', { name: 'Applications', exact: true }).click();
    const column = (status: string) => page.locator(`.board-column[data-status="${status}"]`);
    await expect.poll(() => column('applied').locator('.board-card').count(), { timeout: 15_000 }).toBe(1);
    expect(await column('applied').textContent()).toContain('Acme GPU');
    expect(await column('draft').textContent()).toContain('Northwind Health');
    expect(await column('interviewing').textContent()).toContain('Globex');
    expect(await column('interviewing').locator('.overdue').textContent()).toContain('overdue');
    expect(await column('applied').textContent()).toContain('kept as sent');
    expect(await column('interviewing').textContent()).not.toContain('kept as sent');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tracker-board.png') });
    expect(await axe(page), 'tracker board').toEqual([]);

    await page.getByLabel('Filter by status').selectOption('interviewing');
    await expect.poll(() => page.locator('.board-card').count()).toBe(1);
    expect(await page.locator('.board-card').textContent()).toContain('Globex');
    await page.getByLabel('Filter by status').selectOption('all');
    await page.getByLabel('Overdue next steps only').check();
    await expect.poll(() => page.locator('.board-card').count()).toBe(1);
    await page.getByLabel('Overdue next steps only').uncheck();
    await page.getByLabel('Filter by status').selectOption('all');

    // The list, sorted by match rate: the rates read in falling order.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByLabel('Sort by').selectOption('match');
    const rates = await page
      .locator('.app-table[aria-label="Applications list"] tbody tr td:nth-child(4)')
      .evaluateAll((tds) => tds.map((td) => Number(td.textContent?.replace('%', '') ?? -1)));
    expect(rates).toHaveLength(3);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
  }, 60_000);

  it('compares two applications side by side with the keyword coverage of each posting', async () => {
    const compare = page.getByRole('region', { name: 'Compare two applications' });
    await compare.getByLabel('Left application').selectOption(ids['Acme GPU']!);
    await compare.getByLabel('Right application').selectOption(ids['Northwind Health']!);
    await expect.poll(() => page.getByTestId('compare-summary').count(), { timeout: 15_000 }).toBe(1);
    expect(await compare.locator('[data-side="a"] h3').textContent()).toContain('Acme GPU');
    expect(await compare.locator('[data-side="b"] h3').textContent()).toContain('Northwind Health');
    await expect.poll(() => page.getByTestId('coverage-a').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('coverage-a').textContent()).toMatch(/CUDA/i);
    expect(await page.getByTestId('coverage-b').textContent()).toMatch(/covered|missing/);
    // The kept one still says what was sent; the draft follows the edited master: one bullet reads differently.
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/1 reworded/);
    expect(await compare.locator('[data-side="a"]').textContent()).toContain(SENT_TEXT);
    expect(await compare.locator('[data-side="b"]').textContent()).toContain(EDITED);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare.png'), fullPage: true });
    expect(await axe(page), 'compare view').toEqual([]);
  }, 60_000);

  it('shows insight across the saved postings, and scores a typed bullet against each of them', async () => {
    await page.getByRole('button', { name: 'Insight', exact: true }).click();
    const missing = page.getByRole('table', { name: 'Keywords the master lacks' });
    await expect.poll(() => missing.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByLabel('Bullet to score').fill('Tuned CUDA kernels with Nsight Compute for a 3x speedup');
    const scores = page.getByTestId('line-scores');
    await expect.poll(() => scores.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    expect(await scores.locator('tbody tr').first().textContent()).toContain('Acme GPU');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'insight.png'), fullPage: true });
    expect(await axe(page), 'insight view').toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
