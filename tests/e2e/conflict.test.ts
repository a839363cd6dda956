import { mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { SCREENSHOTS, startE2E, type E2E, saveApplication } from './app-fixture';
import { axe } from './axe-scan';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
const BULLET = 'inference-engineer-1';
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);
afterAll(async () => e?.close());

/** Another Tailor window (or a sync tool) saving the same variant: the service over HTTP, with this launch's token. */
function api<T>(name: string, input: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: e.app.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tailor-token': e.app.token },
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

type Stored = {
  variant: { id: string; notes: string; tailoring: { hidden: { bullets: string[] } } };
  revision: string;
};

describe('a variant changed elsewhere while open', () => {
  it('is never overwritten silently: the page shows the conflict and lets the person choose', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await saveApplication(page, POSTING, 'Acme GPU');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('Saved');
    const id = (await api<{ variants: { id: string }[] }>('listVariants', {})).variants[0]?.id ?? '';

    const disk = await api<Stored>('getVariant', { id });
    await api('saveVariant', {
      variant: { ...disk.variant, notes: 'edited in another window' },
      expectedRevision: disk.revision,
    });

    const box = page.locator(`li[data-bullet-id="${BULLET}"]`).getByRole('checkbox');
    await box.uncheck();
    const dialog = page.getByRole('alertdialog', { name: 'This variant changed elsewhere' });
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(SCREENSHOTS, `conflict-${scheme}.png`) });
      expect(await axe(page), `conflict in ${scheme}`).toEqual([]);
    }
    // Nothing of mine went to disk: the other window's save stands.
    const after = await api<Stored>('getVariant', { id });
    expect(after.variant.notes).toBe('edited in another window');
    expect(after.variant.tailoring.hidden.bullets).not.toContain(BULLET);

    await dialog.getByRole('button', { name: /^Keep mine/ }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('Saved');
    const kept = await api<Stored>('getVariant', { id });
    expect(kept.variant.tailoring.hidden.bullets).toContain(BULLET);

    // And the other way: take the version on disk, dropping the change made here.
    const again = await api<Stored>('getVariant', { id });
    await api('saveVariant', {
      variant: { ...again.variant, notes: 'second edit elsewhere' },
      expectedRevision: again.revision,
    });
    await box.check();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    await dialog.getByRole('button', { name: /^Take the other version/ }).click();
    await expect.poll(() => box.isChecked()).toBe(false);
    expect((await api<Stored>('getVariant', { id })).variant.notes).toBe('second edit elsewhere');
    expect(e.errors).toEqual([]);
  });

  it('loses no keystroke when the page goes away right after typing (autosave is debounced)', async () => {
    const { page } = e;
    await page.locator('.notes-box summary').click();
    await page.getByLabel('Notes on this application').pressSequentially(' Call back Friday.', { delay: 5 });
    await page.reload();
    const id = (await api<{ variants: { id: string }[] }>('listVariants', {})).variants[0]?.id ?? '';
    await expect
      .poll(async () => (await api<Stored>('getVariant', { id })).variant.notes, { timeout: 5000 })
      .toBe('second edit elsewhere Call back Friday.');
  });
});
