import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { MASTER, ROOT } from '../support/run-cli';
import { saveApplication } from './app-fixture';
import { axe } from './axe-scan';
import { startServerBuild, type RunningApp } from './server-build';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
const REWORDED = 'Reworded for Acme: wrote fast GPU kernels';
const MASTER_NOW = 'Changed in the master: tuned CUDA kernels for a 3x speedup';
const ADDED = 'Profiled **CUDA** kernels with Nsight and cut launch overhead';

let dir: string;
let masterFile: string;
let app: RunningApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  // A copy of the fixture master: the test saves over it.
  dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-master-e2e-'));
  masterFile = path.join(dir, 'master.json');
  copyFileSync(MASTER, masterFile);
  [app, browser] = await Promise.all([
    startServerBuild({
      TAILOR_RESUME: masterFile,
      TAILOR_LIBRARY: path.join(dir, 'variants'),
      TAILOR_SETTINGS: path.join(dir, 'settings.json'),
    }),
    launchChromium(),
  ]);
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const libraryText = () => {
  const folder = path.join(dir, 'variants');
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.variant.json'))
        .map((f) => readFileSync(path.join(folder, f), 'utf8'))
        .join('\n')
    : '';
};
const bulletRow = (id: string) => page.locator(`li[data-bullet-id="${id}"]`);
const masterBullet = (id: string) => page.locator(`li[data-master-bullet-id="${id}"]`);

describe('editing the master in the app', () => {
  it('a bullet edited and one added in the master show up in a variant: the rewording flagged as changed, the new bullet reported', async () => {
    await page.goto(app.url);
    await saveApplication(page, POSTING, 'Acme GPU', 'GPU Kernel Engineer');
    // Auto-tailor's result is saved as the variant's first revision; a rewording made before it lands would be replaced.
    const order = () =>
      page
        .locator('[data-entry-id="ml-compiler-runtime-internals"] li[data-bullet-id]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-bullet-id')));
    await expect
      .poll(order, { timeout: 15_000 })
      .toEqual(['ml-compiler-runtime-internals-2', 'ml-compiler-runtime-internals-1']);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');

    // Reword the first bullet for this job.
    const id = await page.locator('li[data-bullet-id]').first().getAttribute('data-bullet-id');
    if (!id) throw new Error('no bullet in the tailoring view');
    await bulletRow(id)
      .getByRole('button', { name: /^Reword/ })
      .click();
    const box = bulletRow(id).getByRole('textbox');
    await box.fill(REWORDED);
    await box.press('Enter');
    await expect.poll(() => bulletRow(id).textContent()).toContain('reworded for this job');
    expect(await bulletRow(id).textContent()).not.toContain('master text changed');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    await expect.poll(() => libraryText(), { timeout: 15_000 }).toContain(REWORDED);

    // The master view: an empty bullet is named inline and in the summary, and cannot be saved.
    await page.getByRole('button', { name: 'Master resume' }).click();
    const text = masterBullet(id).getByRole('textbox');
    await text.fill('');
    await expect.poll(() => masterBullet(id).locator('.m-problem').textContent()).toMatch(/must not be empty/);
    expect(await page.getByTestId('master-problems').textContent()).toMatch(/bullet \d+ › text: must not be empty/);
    expect(await axe(page), 'master view with a problem shown').toEqual([]);
    await page.getByRole('button', { name: 'Save master' }).click();
    await expect.poll(() => page.locator('.master-view [role=alert]').textContent()).toMatch(/Not saved: 1 problem/);
    expect(readFileSync(masterFile, 'utf8')).toBe(readFileSync(MASTER, 'utf8'));

    // Edit the bullet (bold by the shortcut), add a bullet to the same entry, save.
    await text.fill(MASTER_NOW);
    await expect.poll(() => page.getByTestId('master-problems').count()).toBe(0);
    const entry = page.locator('article.m-entry', { has: masterBullet(id) });
    const entryId = await entry.getAttribute('data-master-entry-id');
    await entry.getByRole('button', { name: /^Add a bullet to/ }).click();
    const added = entry.locator('li[data-master-bullet-id]').last();
    const addedBox = added.getByRole('textbox');
    await addedBox.fill(ADDED.replace(/\*\*/g, ''));
    await addedBox.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(9, 13));
    await addedBox.press('Control+b');
    await expect.poll(() => addedBox.inputValue()).toBe(ADDED);
    const addedId = await added.getAttribute('data-master-bullet-id');
    expect(addedId).toBeTruthy();
    await page.getByRole('button', { name: 'Save master' }).click();
    await expect.poll(() => page.getByTestId('master-save-state').textContent(), { timeout: 15_000 }).toBe('Saved');

    // On disk: the copy holds the edit, the bold run, and the previous version is kept beside it.
    const saved = readFileSync(masterFile, 'utf8');
    expect(saved).toContain(MASTER_NOW);
    expect(
      JSON.parse(saved)
        .sections.flatMap((s: { entries: { id: string; bullets: { id: string; text: unknown }[] }[] }) => s.entries)
        .find((e: { id: string }) => e.id === entryId)
        .bullets.at(-1).text,
    ).toEqual([
      { text: 'Profiled ' },
      { text: 'CUDA', bold: true },
      { text: ' kernels with Nsight and cut launch overhead' },
    ]);
    const backup = path.join(dir, 'master.backup.json');
    expect(existsSync(backup)).toBe(true);
    expect(readFileSync(backup, 'utf8')).toBe(readFileSync(MASTER, 'utf8'));

    // Back in the variant: reconciliation flags the rewording and reports the new bullet.
    await page.getByRole('button', { name: 'Tailoring' }).click();
    await expect
      .poll(() => bulletRow(id).textContent(), { timeout: 15_000 })
      .toContain('master text changed since this rewording');
    expect(await bulletRow(id).locator('.bullet-text').textContent()).toBe(REWORDED);
    await expect.poll(() => bulletRow(addedId as string).textContent()).toContain('new in the master');
    const notice = await page.locator('.notice').first().textContent();
    expect(notice).toMatch(/1 new item/);
    expect(notice).toMatch(/1 rewording made against master text that has changed since/);

    // And after a reload, from disk alone.
    await page.reload();
    await page
      .getByRole('button', { name: /Acme GPU/ })
      .first()
      .click();
    await expect
      .poll(() => bulletRow(id).textContent(), { timeout: 15_000 })
      .toContain('master text changed since this rewording');
    expect(errors).toEqual([]);
  }, 120_000);

  it('imports a DOCX from the app: the recognized resume beside its source text, accepted into the draft, undone by Undo', async () => {
    await page.getByRole('button', { name: 'Master resume' }).click();
    const name = await page.getByLabel('Name', { exact: true }).inputValue();
    await page
      .getByTestId('master-import-file')
      .setInputFiles(path.join(ROOT, 'tests/fixtures/import/two-column.docx'));
    const review = page.getByLabel('Import of two-column.docx');
    await expect.poll(() => review.isVisible(), { timeout: 20_000 }).toBe(true);
    const source = (await review.locator('.m-source').textContent()) ?? '';
    expect(source.length).toBeGreaterThan(200);
    expect(await axe(page), 'master view with an import under review').toEqual([]);
    await page.getByRole('button', { name: 'Accept into master' }).click();
    const imported = await page.getByLabel('Name', { exact: true }).inputValue();
    expect(imported).not.toBe(name);
    expect(source).toContain(imported);
    expect(await page.getByTestId('master-save-state').textContent()).toBe('Unsaved changes');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe(name);
    expect(await page.getByTestId('master-save-state').textContent()).toBe('Saved');
    expect(errors).toEqual([]);
  }, 60_000);

  it('deletes and moves bullets; Ctrl+Z outside a text box undoes each, one step at a time', async () => {
    const entry = page.locator('article.m-entry').first();
    const ids = () =>
      entry
        .locator('li[data-master-bullet-id]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-master-bullet-id')));
    const before = await ids();
    expect(before.length).toBeGreaterThan(1);
    await entry
      .locator('li[data-master-bullet-id]')
      .first()
      .getByRole('button', { name: /^Delete bullet 1/ })
      .click();
    await expect.poll(ids).toEqual(before.slice(1));
    await expect
      .poll(() => page.locator('.master-view [role=status]').first().textContent())
      .toMatch(/Deleted bullet .*Undo/);
    await entry
      .locator('li[data-master-bullet-id]')
      .first()
      .getByRole('button', { name: /^Move bullet 1.* down$/ })
      .click();
    await expect.poll(ids).toEqual([before[2], before[1], ...before.slice(3)]);
    await page.locator('.m-toolbar h2').click();
    await page.keyboard.press('Control+z');
    await expect.poll(ids).toEqual(before.slice(1));
    await page.keyboard.press('Control+z');
    await expect.poll(ids).toEqual(before);

    // A link address that is not one is named at the field, in words.
    const links = page.getByRole('group', { name: 'Links of the basics' });
    await links.getByRole('button', { name: 'Add a link to the basics' }).click();
    const address = links.getByRole('textbox', { name: /address$/ }).last();
    await address.fill('linkedin.com/in/someone');
    await expect
      .poll(() => links.locator('.m-problem').last().textContent())
      .toMatch(/address must start with http:\/\/, https:\/\/ or mailto:/);
    await address.fill('https://linkedin.com/in/someone');
    await expect.poll(() => links.locator('.m-problem').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
