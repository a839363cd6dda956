import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { saveApplication, startE2E, type E2E } from './app-fixture';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
  await e.page.goto(e.app.url);
  await saveApplication(e.page, POSTING, 'Acme GPU', 'GPU Kernel Engineer');
}, 120_000);
afterAll(async () => e?.close());

/**
 * The real export's answer, changed the way another shell would answer: Electron writes the file itself and returns
 * no bytes, so only the result's own atsCheck can say what an ATS reads.
 */
async function answerAs(page: Page, change: (out: Record<string, unknown>) => Record<string, unknown>) {
  await page.route('**/api/exportResume', async (route: Route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { ok: boolean; value: Record<string, unknown> };
    await route.fulfill({ response: res, json: { ...body, value: change(body.value) } });
  });
}

describe("after an export, the app shows the export's own ATS read-back and what was not printed", () => {
  it('as in Electron (file written by the shell, no bytes back): the ATS result and "not printed" appear', async () => {
    const { page } = e;
    await answerAs(page, (v) => ({
      ...v,
      dataBase64: null,
      file: '/home/someone/Acme.pdf',
      notShown: [{ path: 'basics.image', message: 'no template prints it' }],
    }));
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const check = page.getByTestId('ats-check');
    await expect.poll(() => check.textContent(), { timeout: 30_000 }).toMatch(/^ATS check of .+\.pdf: 0 problems\.$/);
    expect(await page.getByTestId('not-shown').textContent()).toBe(
      'Not printed by this template: basics.image (no template prints it)',
    );
    expect(await page.locator('.notice').textContent()).toContain('to /home/someone/Acme.pdf');
    await page.unrouteAll();
  });

  it('uses the problems the export read back, not a second check of its own', async () => {
    const { page } = e;
    let checks = 0;
    page.on('request', (r) => r.url().endsWith('/api/checkResumeFile') && checks++);
    await answerAs(page, (v) => ({
      ...v,
      atsCheck: { ...(v.atsCheck as object), problems: ['bullet "Engineered a fused…" did not come back intact'] },
    }));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await download;
    const check = page.getByTestId('ats-check');
    await expect.poll(() => check.textContent(), { timeout: 30_000 }).toMatch(/1 problem/);
    expect(await check.locator('li').allTextContents()).toEqual([
      'bullet "Engineered a fused…" did not come back intact',
    ]);
    expect(checks).toBe(0);
    await page.unrouteAll();
  });

  it('says clearly when nothing was written because the page target cannot be met', async () => {
    const { page } = e;
    await answerAs(page, (v) => ({
      ...v,
      written: false,
      file: null,
      dataBase64: null,
      recorded: null,
      atsCheck: null,
      overflow: {
        message: 'does not fit on 1 page: 2 bullets would have to go',
        wouldGo: [
          { id: 'b1', text: 'Maintained the on-call runbook' },
          { id: 'b2', text: 'Ran the reading group' },
        ],
      },
    }));
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const check = page.getByTestId('ats-check');
    await expect.poll(() => check.textContent(), { timeout: 30_000 }).toMatch(/was not written/);
    expect(await check.textContent()).toContain('does not fit on 1 page: 2 bullets would have to go');
    expect(await check.getByRole('list', { name: 'Would have to go' }).locator('li').allTextContents()).toEqual([
      'Maintained the on-call runbook',
      'Ran the reading group',
    ]);
    const notice = (await page.locator('.notice').textContent()) ?? '';
    expect(notice).toMatch(/was not written: does not fit on 1 page/);
    expect(notice).not.toMatch(/Exported/);
    await page.unrouteAll();
    expect(e.errors).toEqual([]);
  });
});
