import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { saveApplication, showPane, startE2E, type E2E } from './app-fixture';
import { axe } from './axe-scan';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
// The strongest bullet for this posting ("Engineered a fused LayerNorm CUDA kernel…"): auto-tailor always shows it.
const STRONG = 'ml-compiler-runtime-internals-2';
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
}, 120_000);
afterAll(async () => e?.close());

const bullet = (page: Page, id: string) => page.locator(`li[data-bullet-id="${id}"]`);
/** Which bullets are shown, in order: what the proposal may change and one Undo must restore. */
const shownBullets = (page: Page) =>
  page.locator('.resume-pane li[data-bullet-id]').evaluateAll((els) =>
    els.map((el) => {
      const off = el.classList.contains('is-hidden') || !!el.closest('.r-entry.is-hidden, .r-section.is-hidden');
      return `${el.getAttribute('data-bullet-id')}:${off ? 'off' : 'on'}`;
    }),
  );
const proposal = (page: Page) => page.getByTestId('proposal');

describe('auto-tailor proposes; the person applies it as one step, or undoes it', () => {
  it('opens a variant tailored to the posting', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await saveApplication(page, POSTING, 'Acme GPU', 'GPU Kernel Engineer');
    await showPane(page, 'Resume');
    await expect.poll(() => page.getByTestId('match-rate').textContent(), { timeout: 15_000 }).toMatch(/^\d+%$/);
    await expect.poll(() => shownBullets(page), { timeout: 15_000 }).toContain(`${STRONG}:on`);
  });

  it('lists a bullet the person hid as their choice, with its score, and changes nothing until applied', async () => {
    const { page } = e;
    await bullet(page, STRONG).getByRole('checkbox').uncheck();
    await expect.poll(() => bullet(page, STRONG).getAttribute('class')).toMatch(/is-hidden/);
    const before = await shownBullets(page);

    await page.getByRole('button', { name: 'Auto-tailor', exact: true }).click();
    await expect.poll(() => proposal(page).isVisible(), { timeout: 15_000 }).toBe(true);
    const mine = page.getByTestId('proposal-hide').locator(`li[data-decision-id="${STRONG}"]`);
    await expect.poll(() => mine.textContent()).toMatch(/^\d+ .*your choice, left as it is \(already hidden\)$/);
    // Every hide, move and keep carries the score that decided it.
    const badges = await proposal(page).locator('li .badge').allTextContents();
    expect(badges.length).toBeGreaterThan(5);
    expect(badges.every((b) => /^(\d+|–)$/.test(b))).toBe(true);
    expect(await shownBullets(page)).toEqual(before);
    expect(await axe(page), 'the proposal').toEqual([]);

    await page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => proposal(page).count()).toBe(0);
    expect(await shownBullets(page)).toEqual(before);
  });

  it('"Reset my choices" proposes the automatic tailoring; applied in one step, one Undo takes it back', async () => {
    const { page } = e;
    const before = await shownBullets(page);
    await page.getByRole('button', { name: 'Reset my choices' }).click();
    await expect.poll(() => proposal(page).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(() => page.getByTestId('proposal-keep').locator(`li[data-decision-id="${STRONG}"]`).textContent())
      .toMatch(/^\d+ .*\(shown again\)$/);
    expect(await shownBullets(page)).toEqual(before);

    await page.getByRole('button', { name: 'Apply proposal' }).click();
    await expect.poll(() => proposal(page).count()).toBe(0);
    await expect.poll(() => bullet(page, STRONG).getByRole('checkbox').isChecked()).toBe(true);
    const applied = await shownBullets(page);
    expect(applied).not.toEqual(before);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => shownBullets(page)).toEqual(before);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => shownBullets(page)).toEqual(applied);
  });

  it('adds a missing or weak keyword to the skills only after the person says they have it', async () => {
    const { page } = e;
    // A missing or weak keyword (this posting leaves none missing; "GPU Architecture" is weak).
    const first = page
      .locator('.match-panel')
      .getByRole('button', { name: /^I have this: add .* to this variant's skills$/ })
      .first();
    await first.click();
    await expect.poll(() => page.getByText('Do you have this skill?').isVisible()).toBe(true);
    const term = (await page.locator('.add-skill input').inputValue()).trim();
    expect(await axe(page), 'the skill question').toEqual([]);
    expect(term.length).toBeGreaterThan(0);
    // "No" adds nothing.
    await page.getByRole('button', { name: 'No', exact: true }).click();
    expect(await page.locator(`.skills-tailor li[data-skill="${term}"]`).count()).toBe(0);

    await first.click();
    await page.getByRole('button', { name: 'Yes, add it' }).click();
    await expect.poll(() => page.locator(`.skills-tailor li[data-skill="${term}"]`).count()).toBe(1);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.locator(`.skills-tailor li[data-skill="${term}"]`).count()).toBe(0);
    expect(e.errors).toEqual([]);
  });

  it('reads each export back as an ATS does and says what it found', async () => {
    const { page } = e;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await download;
    const check = page.getByTestId('ats-check');
    await expect.poll(() => check.textContent(), { timeout: 20_000 }).toMatch(/: (\d+ problems?|could not run)/);
    expect(await check.textContent()).toMatch(/^ATS check of .+\.pdf: 0 problems\.$/);
  });

  it('beside the page count, names what would have to go when the page target cannot be met', async () => {
    const { page } = e;
    const hidden = page.locator(
      '.resume-pane .r-entry-head input[type=checkbox]:not(:checked), li[data-bullet-id] input[type=checkbox]:not(:checked)',
    );
    while ((await hidden.count()) > 0) await hidden.first().check();
    const note = page.getByTestId('page-target-note');
    await expect.poll(() => note.textContent(), { timeout: 20_000 }).toMatch(/would have to go/);
    expect(await note.locator('li').count()).toBeGreaterThan(0);
    // Beside the page count, in the preview's head.
    expect(await page.locator('.preview-pane .pane-head + [data-testid="page-target-note"]').count()).toBe(1);
  });
});
