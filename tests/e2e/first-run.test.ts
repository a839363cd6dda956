import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { startE2E, type E2E } from './app-fixture';
import { axe } from './axe-scan';

const SHOTS = path.join(ROOT, 'docs/screenshots');
let e: E2E;

beforeAll(async () => {
  e = await startE2E({ noMaster: true });
}, 120_000);
afterAll(async () => e?.close());

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/mechanical-engineer.txt'), 'utf8');

/** Back to a first run: no master file on disk, nothing remembered in the page, the app loaded anew. */
async function firstRunAgain(): Promise<void> {
  for (const f of ['master.json', 'master.backup.json']) rmSync(path.join(e.library, f), { force: true });
  await e.page.evaluate(() => localStorage.clear());
  await e.page.goto(e.app.url);
  await expect.poll(() => e.page.getByRole('heading', { name: 'Start with your resume' }).count()).toBe(1);
}

describe('the first run, with no master resume', () => {
  it('offers import, a blank resume or the example, marked as one', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(e.app.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Start with your resume' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import a resume file…' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Start a blank resume' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Try the example' }).count()).toBe(1);
    expect(await page.getByText('example', { exact: true }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'first-run-1280x800-light.png') });
    expect(await axe(page)).toEqual([]);
  });

  it('"Try the example" writes the example as the master and lands in the report, marked as the example', async () => {
    const { page } = e;
    await page.getByRole('button', { name: 'Try the example' }).click();
    await expect.poll(() => page.getByTestId('master-summary').count(), { timeout: 15_000 }).toBe(1);
    const example = JSON.parse(readFileSync(path.join(ROOT, 'src/renderer/example/example-resume.json'), 'utf8'));
    const written = JSON.parse(readFileSync(path.join(e.library, 'master.json'), 'utf8'));
    expect(written.basics.name).toBe(example.basics.name);
    // Written once: the first run's own save is not taken for an import and saved again over it.
    expect(existsSync(path.join(e.library, 'master.backup.json'))).toBe(false);
    // Marked wherever the person tailors: a banner that says it is an invented person's example.
    const banner = page.getByRole('note').filter({ hasText: 'example resume of an invented person' });
    expect(await banner.count()).toBe(1);
    expect(await banner.locator('.tag-example').textContent()).toBe('example');
    await page.getByLabel('Job posting').fill(POSTING);
    await expect.poll(() => page.getByTestId('match-rate').textContent()).toMatch(/^\d+%$/);
    expect(await page.getByRole('list', { name: 'Scored bullets' }).locator('li').count()).toBeGreaterThan(0);
    expect(await banner.count()).toBe(1);
    expect(e.errors).toEqual([]);
  });

  it('"Start a blank resume" lands in the master editor with a blank resume that saves', async () => {
    const { page } = e;
    await firstRunAgain();
    await page.getByRole('button', { name: 'Start a blank resume' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Master resume' }).count(), { timeout: 15_000 }).toBe(1);
    const master = path.join(e.library, 'master.json');
    const blank = JSON.parse(readFileSync(master, 'utf8'));
    expect(blank.basics.name).toBe('Your name');
    expect(existsSync(path.join(e.library, 'master.backup.json'))).toBe(false);
    expect(blank.sections.flatMap((s: { entries: unknown[] }) => s.entries)).toHaveLength(1);
    expect(await page.getByRole('note').filter({ hasText: 'example resume' }).count()).toBe(0);
    const name = page.getByLabel('Name', { exact: true });
    expect(await name.inputValue({ timeout: 5000 })).toBe('Your name');
    await name.fill('Ines Okafor', { timeout: 5000 });
    await expect.poll(() => page.getByTestId('master-save-state').textContent()).toBe('Unsaved changes');
    await page.getByRole('button', { name: 'Save master' }).click({ timeout: 5000 });
    await expect.poll(() => page.getByTestId('master-save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    expect(JSON.parse(readFileSync(master, 'utf8')).basics.name).toBe('Ines Okafor');
    expect(e.errors).toEqual([]);
  });

  it('imports a DOCX, writes the master, and lands in the report for a pasted posting', async () => {
    const { page } = e;
    await firstRunAgain();
    await page
      .getByTestId('master-import-file')
      .setInputFiles(path.join(ROOT, 'tests/fixtures/import/unusual-headings.docx'));
    await page.getByRole('button', { name: 'Accept into master' }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('master-summary').textContent(), { timeout: 15_000 }).toMatch(/bullets/);
    const master = path.join(e.library, 'master.json');
    expect(existsSync(master)).toBe(true);
    const written = JSON.parse(readFileSync(master, 'utf8'));
    expect(written.sections.length).toBeGreaterThan(0);
    await page.getByLabel('Job posting').fill(POSTING);
    await expect.poll(() => page.getByTestId('match-rate').textContent()).toMatch(/^\d+%$/);
    expect(await page.getByRole('list', { name: 'Scored bullets' }).locator('li').count()).toBeGreaterThan(0);
    expect(e.errors).toEqual([]);
  });
});
