import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2E, type E2E } from './app-fixture';
import { axe } from './axe-scan';

/** Three jobs; the first and last have nothing in their words that tells the role from the employer. */
const RESUME = `Noor Haddad
noor.haddad@example.net | +44 20 7946 0000

## Experience

Blue Finch | Harbor Lane | 2019 – 2021
- Ran the weekend market stall and its stock

Senior Accountant | Northwind Trading Ltd | 2015 – 2019
- Closed the monthly books in three days

Copper Kettle | Mill Street | 2012 – 2015
- Kept the till and the rota
`;

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);
afterAll(async () => e?.close());

describe('the import review marks the entries the recognizer was unsure of', () => {
  it('shows the verdict, marks the unsure entries, and jumps between them by button and by key', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await page.getByRole('button', { name: 'Master resume' }).click();
    await page
      .getByTestId('master-import-file')
      .setInputFiles({ name: 'noor.md', mimeType: 'text/markdown', buffer: Buffer.from(RESUME) });
    const review = page.getByLabel('Import of noor.md');
    await expect.poll(() => review.isVisible(), { timeout: 20_000 }).toBe(true);

    expect(await page.getByTestId('import-verdict').textContent()).toBe('Recognized 3 entries, 2 unsure: lines 6, 12');
    // The marks are visible text, not only colour: a badge, the line and the reason.
    const unsure = review.locator('[data-unsure]');
    expect(await unsure.count()).toBe(2);
    expect(await unsure.first().textContent()).toContain('Unsure');
    expect(await unsure.first().textContent()).toContain('line 6');
    expect(await unsure.first().textContent()).toContain('told apart by their order alone');
    expect(
      await review.locator('[data-import-entry="experience/senior-accountant"]').getAttribute('data-unsure'),
    ).toBeNull();

    const focusedEntry = () => page.evaluate(() => document.activeElement?.getAttribute('data-import-entry'));
    await page.getByRole('button', { name: 'Next unsure' }).click();
    expect(await focusedEntry()).toBe('experience/blue-finch');
    expect(await page.getByTestId('import-unsure-position').textContent()).toContain('1 of 2');
    await page.getByRole('button', { name: 'Next unsure' }).click();
    expect(await focusedEntry()).toBe('experience/copper-kettle');
    // The keys move on from wherever the focus is in the review, and wrap around.
    await page.keyboard.press('n');
    expect(await focusedEntry()).toBe('experience/blue-finch');
    await page.keyboard.press('p');
    expect(await focusedEntry()).toBe('experience/copper-kettle');
    await page.getByRole('button', { name: 'Previous unsure' }).click();
    expect(await focusedEntry()).toBe('experience/blue-finch');
    expect(await review.locator('.m-import-current').getAttribute('data-import-entry')).toBe('experience/blue-finch');

    await review.screenshot({ path: path.join(SCREENSHOTS, 'import-review-unsure.png') });
    expect(await axe(page), 'import review with unsure entries').toEqual([]);
    expect(e.errors).toEqual([]);
  }, 120_000);
});
