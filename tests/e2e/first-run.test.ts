import { existsSync, readFileSync } from 'node:fs';
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

  it('imports a DOCX, writes the master, and lands in the report for a pasted posting', async () => {
    const { page } = e;
    await page
      .getByTestId('master-import-file')
      .setInputFiles(path.join(ROOT, 'tests/fixtures/import/unusual-headings.docx'));
    await page.getByRole('button', { name: 'Accept into master' }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('master-summary').textContent(), { timeout: 15_000 }).toMatch(/bullets/);
    const master = path.join(e.library, 'master.json');
    expect(existsSync(master)).toBe(true);
    const written = JSON.parse(readFileSync(master, 'utf8'));
    expect(written.sections.length).toBeGreaterThan(0);
    await page
      .getByLabel('Job posting')
      .fill(readFileSync(path.join(ROOT, 'tests/fixtures/postings/mechanical-engineer.txt'), 'utf8'));
    await expect.poll(() => page.getByTestId('match-rate').textContent()).toMatch(/^\d+%$/);
    expect(await page.getByRole('list', { name: 'Scored bullets' }).locator('li').count()).toBeGreaterThan(0);
    expect(e.errors).toEqual([]);
  });
});
