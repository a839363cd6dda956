import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';
import { moveUpByKeyboard, startE2E, type E2E, saveApplication, showPane } from './app-fixture';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
// Shown after auto-tailor fits the posting to one page (the test checks that first).
const HIDE = 'inference-engineer-1'; // "Built a real-time clinical dictation service…"
const MOVE_ENTRY = 'h100-fp8-gemm-kernels-cutlass-study';
const MOVE = 'h100-fp8-gemm-kernels-cutlass-study-1'; // "Placed #17 of 900…", below the HGEMM kernel bullet after auto-tailor
const REWORD = 'speech-model-inference-encoder-decoder-1'; // "Rebuilt Whisper-small from its paper…"
const REWORDED =
  'Rebuilt Whisper-small from scratch (encoder, decoder, tokenizer) and cut transcription latency 72% (9.1s to 2.5s) with FlashAttention and FP16 CUDA kernels.';
let e: E2E;
let out: string;

beforeAll(async () => {
  e = await startE2E();
  out = path.join(e.library, 'exports');
  mkdirSync(out, { recursive: true });
}, 120_000);
afterAll(async () => e?.close());

const bullet = (page: Page, id: string) => page.locator(`li[data-bullet-id="${id}"]`);
const entryOrder = (page: Page, entryId: string) =>
  page
    .locator(`[data-entry-id="${entryId}"] li[data-bullet-id]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-bullet-id')));
const flat = (s: string) => s.replace(/\s+/g, ' ');
async function rescoreTiming(page: Page, kind: 'reword' | 'posting'): Promise<string> {
  const d = await page.evaluate(() => ({ ...document.body.dataset }));
  const k = (name: string) => d[`rescore${kind[0]?.toUpperCase()}${kind.slice(1)}${name}`];
  expect(Number(k('Samples'))).toBeGreaterThan(20);
  return `${k('Samples')} keystrokes, median ${k('MedianMs')} ms, p95 ${k('P95Ms')} ms, max ${k('MaxMs')} ms, first ${k('FirstMs')} ms`;
}
const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('Saved');

describe('a day with Tailor, in Chromium against the server build', () => {
  it('pastes a posting: the CUDA kernel bullets rank first and the match rate shows', async () => {
    const { page } = e;
    await page.goto(e.app.url);
    await saveApplication(page, POSTING, 'Acme GPU', 'GPU Kernel Engineer');
    await expect.poll(() => page.getByTestId('match-rate').textContent(), { timeout: 15_000 }).toMatch(/^\d+%$/);
    // Auto-tailor ran after the paste: each entry leads with its best bullet.
    await expect
      .poll(() => entryOrder(page, 'ml-compiler-runtime-internals'), { timeout: 15_000 })
      .toEqual(['ml-compiler-runtime-internals-2', 'ml-compiler-runtime-internals-1']);
    const strongest = await page.getByRole('list', { name: 'Strongest bullets' }).locator('li').allTextContents();
    expect(strongest[0]).toMatch(/CUDA kernel/);
    expect(strongest.slice(0, 3).join(' ')).toMatch(/HGEMM kernel/);
    await saved(page);
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Variants' }).getByText('Acme GPU').isVisible())
      .toBe(true);
  });

  it('hides a bullet, moves another up with the keyboard, rewords a third; rescoring follows each keystroke', async () => {
    const { page } = e;
    const rateBefore = await page.getByTestId('match-rate').textContent();
    for (const id of [HIDE, MOVE, REWORD])
      expect(await bullet(page, id).getByRole('checkbox').isChecked(), `${id} shown after auto-tailor`).toBe(true);
    await bullet(page, HIDE).getByRole('checkbox').uncheck();
    await expect.poll(() => bullet(page, HIDE).getAttribute('class')).toMatch(/is-hidden/);

    const before = await entryOrder(page, MOVE_ENTRY);
    const at = before.indexOf(MOVE);
    expect(at).toBeGreaterThan(0);
    await moveUpByKeyboard(page, bullet(page, MOVE).getByRole('button', { name: /^Move bullet/ }), 'Space');
    const expected = [...before];
    expected.splice(at, 1);
    expected.splice(at - 1, 0, MOVE);
    await expect.poll(() => entryOrder(page, MOVE_ENTRY)).toEqual(expected);

    await bullet(page, REWORD)
      .getByRole('button', { name: /^Reword/ })
      .click();
    const box = bullet(page, REWORD).getByRole('textbox');
    await box.fill('');
    await box.pressSequentially(REWORDED, { delay: 5 });
    await box.press('Enter');
    await expect.poll(() => bullet(page, REWORD).textContent()).toContain('reworded for this job');
    await expect.poll(() => bullet(page, REWORD).locator('.bullet-text').textContent()).toBe(REWORDED);
    await expect.poll(() => bullet(page, REWORD).locator('mark').first().isVisible()).toBe(true);
    expect(await page.getByTestId('match-rate').textContent()).toMatch(/^\d+%$/);
    expect(rateBefore).toMatch(/^\d+%$/);

    const reword = await rescoreTiming(page, 'reword');
    console.log(`keystroke-to-rescore, rewording a bullet: ${reword}`);

    // Typing in the posting re-analyzes it and rescores every bullet, on each keystroke.
    await showPane(page, 'Job posting');
    await page.getByRole('button', { name: 'Edit posting' }).click();
    const posting = page.getByLabel('Job posting text');
    await posting.press('Control+End');
    await posting.pressSequentially('\nExperience with Kubernetes and Rust is a plus.', { delay: 5 });
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset.rescorePostingSamples)))
      .toBeGreaterThan(40);
    console.log(`keystroke-to-rescore, typing in the posting: ${await rescoreTiming(page, 'posting')}`);
    await page.getByRole('button', { name: 'Show keywords' }).click();
    await showPane(page, 'Resume');
  });

  it('re-renders the preview with its page count', async () => {
    const { page } = e;
    const preview = page.locator('.preview-pane');
    await expect.poll(() => preview.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    await expect.poll(() => page.getByTestId('page-count').textContent()).toMatch(/^\d+ pages?$/);
    const seq = Number(await preview.getAttribute('data-render-seq'));
    await page.getByLabel('Page target').selectOption('2');
    await expect
      .poll(async () => Number(await preview.getAttribute('data-render-seq')), { timeout: 15_000 })
      .toBeGreaterThan(seq);
    await expect.poll(() => page.locator('.pdf-pages canvas').first().isVisible()).toBe(true);
    await page.getByLabel('Page target').selectOption('1');
    await expect
      .poll(async () => Number(await preview.getAttribute('data-render-seq')), { timeout: 15_000 })
      .toBeGreaterThan(seq + 1);
  });

  it('exports PDF and DOCX: the reworded text, not the hidden bullet, in the new order', async () => {
    const { page } = e;
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toBe('Mara Lindqvist - Acme GPU - GPU Kernel Engineer.pdf');
    const pdf = path.join(out, pdfDownload.suggestedFilename());
    await pdfDownload.saveAs(pdf);
    const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain(flat(REWORDED));
    expect(text).not.toContain('from its paper (encoder');
    expect(text).not.toContain('real-time clinical dictation service');
    expect(text.indexOf('Placed #17 of 900')).toBeGreaterThan(0);
    expect(text.indexOf('Placed #17 of 900')).toBeLessThan(text.indexOf('Wrote a tiled Tensor Core HGEMM kernel'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    await expect
      .poll(() => page.getByTestId('page-count').textContent())
      .toBe(`${pages} page${pages === 1 ? '' : 's'}`);

    const [docxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export DOCX' }).click(),
    ]);
    const docx = path.join(out, docxDownload.suggestedFilename());
    await docxDownload.saveAs(docx);
    expect(docx).toMatch(/\.docx$/);
    const docText = flat((await mammoth.extractRawText({ path: docx })).value);
    expect(docText).toContain(flat(REWORDED));
    expect(docText).not.toContain('real-time clinical dictation service');
    expect(docText.indexOf('Placed #17 of 900')).toBeLessThan(
      docText.indexOf('Wrote a tiled Tensor Core HGEMM kernel'),
    );
  });

  it('saves, reloads, reopens: everything as left, exports in the history; undo brings the hidden bullet back', async () => {
    const { page } = e;
    await saved(page);
    const order = await entryOrder(page, MOVE_ENTRY);
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Variants' })
      .getByRole('button', { name: /^Acme GPU/ })
      .click();
    await expect.poll(() => bullet(page, REWORD).locator('.bullet-text').textContent()).toBe(REWORDED);
    await expect.poll(() => bullet(page, HIDE).getByRole('checkbox').isChecked()).toBe(false);
    expect(await entryOrder(page, MOVE_ENTRY)).toEqual(order);
    const files = execFileSync('sh', ['-c', `cat "${path.join(e.library, 'variants')}"/*.variant.json`], {
      encoding: 'utf8',
    });
    expect(JSON.parse(files).exportHistory.map((x: { format: string }) => x.format)).toEqual(['pdf', 'docx']);
    await page.getByText('Notes', { exact: false }).first().click();
    await expect.poll(() => page.getByTestId('master-diff').textContent()).toMatch(/reworded/);
    expect(await page.getByTestId('master-diff').textContent()).toMatch(/\b1 reworded\b/);
    expect(await page.getByRole('list', { name: 'Export history' }).locator('li').allTextContents()).toEqual([
      expect.stringContaining('Mara Lindqvist - Acme GPU - GPU Kernel Engineer.docx'),
      expect.stringContaining('Mara Lindqvist - Acme GPU - GPU Kernel Engineer.pdf'),
    ]);

    await page.locator('.name-line').click();
    // Newest first: page target 1, page target 2, the rewording (its keystrokes are one step), the move, the hide.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
    await expect
      .poll(() => bullet(page, REWORD).locator('.bullet-text').textContent())
      .toMatch(/^Rebuilt Whisper-small from its paper/);
    expect(await entryOrder(page, MOVE_ENTRY)).toEqual([...order].reverse());
    await expect.poll(() => bullet(page, HIDE).getByRole('checkbox').isChecked()).toBe(true);
    await expect.poll(() => bullet(page, HIDE).getAttribute('class')).not.toMatch(/is-hidden/);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => bullet(page, HIDE).getByRole('checkbox').isChecked()).toBe(false);
    expect(e.errors).toEqual([]);
  });
});
