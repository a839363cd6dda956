import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { SCREENSHOTS, startE2E, type E2E } from './app-fixture';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);
afterAll(async () => e?.close());

describe('a day with Tailor in a real browser', () => {
  it('pastes a posting: CUDA kernel bullets rank first and the match rate shows', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await page.getByLabel('Company').fill('Acme GPU');
    await page.getByLabel('Role').fill('GPU Kernel Engineer');
    await page.getByLabel('Job posting').fill(POSTING);
    await page.getByRole('button', { name: 'Create variant' }).click();
    await expect.poll(() => page.getByTestId('match-rate').textContent(), { timeout: 15_000 }).toMatch(/^\d+%$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'debug.png') });
  });
});
