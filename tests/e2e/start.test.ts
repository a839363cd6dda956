import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { startE2E, type E2E } from './app-fixture';
import { axe } from './axe-scan';

const posting = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/postings', name), 'utf8');
const SHOTS = path.join(ROOT, 'docs/screenshots');
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
}, 120_000);
afterAll(async () => e?.close());

const savedVariants = () => {
  const dir = path.join(e.library, 'variants');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.variant.json')) : [];
};

describe('value first: the report before any name', () => {
  it('pasting a posting shows the match report at once: rate, keywords, missing, scored bullets; nothing saved', async () => {
    const { page } = e;
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(e.app.url);
    await page.getByLabel('Job posting').fill(posting('gpu-kernel-engineer.txt'));
    // No button pressed, nothing named.
    await expect.poll(() => page.getByTestId('match-rate').textContent()).toMatch(/^\d+%$/);
    expect(await page.getByRole('list', { name: 'Posting keywords' }).locator('li').count()).toBeGreaterThan(10);
    expect(await page.getByRole('heading', { name: /^Missing/ }).count()).toBe(1);
    const scored = page.getByRole('list', { name: 'Scored bullets' }).locator('li');
    expect(await scored.count()).toBe(12);
    expect(await scored.first().textContent()).toMatch(/CUDA kernel/);
    expect(savedVariants()).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'start-report-1024x700-light.png'), fullPage: false });
    expect(await axe(page)).toEqual([]);
  });

  it('an empty form never saves: Save application asks for the missing name', async () => {
    const { page } = e;
    await page.getByRole('button', { name: /^Save as application/ }).click();
    await page.getByLabel('Company', { exact: true }).fill('');
    await page.getByLabel('Role', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save application' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Name the company/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('label')?.textContent))
      .toMatch(/Company/);
    await page.getByLabel('Company', { exact: true }).fill('Acme GPU');
    await page.getByRole('button', { name: 'Save application' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Name the role/);
    expect(savedVariants()).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Focus returns to the button that opened the form.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Save as application/);
  });

  it('saves as application with company and role read from the posting; focus lands on the tailored resume', async () => {
    const { page } = e;
    await page.getByLabel('Job posting').fill(posting('hygiene-traps.txt'));
    await page.getByRole('button', { name: /^Save as application/ }).click();
    expect(await page.getByLabel('Company', { exact: true }).inputValue()).toBe('Brightwater Health');
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe('Platform Engineer');
    await page.screenshot({ path: path.join(SHOTS, 'start-save-1024x700-light.png') });
    await page.getByRole('button', { name: 'Save application' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Variants' }).getByText('Brightwater Health').count())
      .toBe(1);
    expect(savedVariants()).toHaveLength(1);
    const saved = JSON.parse(readFileSync(path.join(e.library, 'variants', savedVariants()[0] ?? ''), 'utf8'));
    expect([saved.company, saved.role]).toEqual(['Brightwater Health', 'Platform Engineer']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('resume-pane');
    expect(e.errors).toEqual([]);
  });
});
