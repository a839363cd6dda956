import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePosting, scoreResume } from '../../src/core/match';
import type { Resume } from '../../src/core/resume/schema';
import { withKeywordOverrides } from '../../src/core/match/keyword-overrides';
import { ROOT, MASTER } from '../support/run-cli';
import { call, tempContext } from './service-fixture';

const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
const master = JSON.parse(readFileSync(MASTER, 'utf8')) as Resume;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('auto-tailor, preview and export through the service', () => {
  it('auto-tailors for a GPU kernel posting: the CUDA kernel bullet leads its entry and the page target is met', async () => {
    const t = tempContext();
    cleanups.push(t.cleanup);
    const made = await call(t.ctx, 'createVariant', {
      company: 'Acme GPU',
      role: 'Kernel Engineer',
      postingText: POSTING,
    });
    const r = await call(t.ctx, 'autoTailor', { variant: made.variant });
    expect(r.variant.tailoring.bulletOrder['ml-compiler-runtime-internals']?.[0]).toBe(
      'ml-compiler-runtime-internals-2',
    );
    expect(r.fits).toBe(true);
    const preview = await call(t.ctx, 'renderPreview', { variant: r.variant });
    const pdf = path.join(t.dir, 'preview.pdf');
    writeFileSync(pdf, Buffer.from(preview.pdfBase64, 'base64'));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(preview.pageCount).toBe(pages);
    expect(pages).toBe(1);
  });

  it("writes the export where Electron's dialog said and records it in the variant's history", async () => {
    const chosen: string[] = [];
    const t = tempContext({
      chooseSavePath: async (name) => {
        chosen.push(name);
        return path.join(t.dir, 'Chosen name.pdf');
      },
    });
    cleanups.push(t.cleanup);
    const made = await call(t.ctx, 'createVariant', {
      company: 'Acme GPU',
      role: 'Kernel Engineer',
      postingText: POSTING,
    });
    const r = await call(t.ctx, 'exportResume', { variant: made.variant, format: 'pdf' });
    expect(chosen).toEqual(['Mara Lindqvist - Acme GPU - Kernel Engineer.pdf']);
    expect(r).toMatchObject({ cancelled: false, fileName: 'Chosen name.pdf', dataBase64: null });
    expect(execFileSync('pdftotext', [path.join(t.dir, 'Chosen name.pdf'), '-'], { encoding: 'utf8' })).toContain(
      'Mara Lindqvist',
    );
    const reread = await call(t.ctx, 'getVariant', { id: made.variant.id });
    expect(reread.variant.exportHistory).toMatchObject([
      { format: 'pdf', fileName: 'Chosen name.pdf', template: 'classic' },
    ]);
    expect(reread.revision).toBe(r.recorded?.revision);
  });

  it('hands the bytes back for the browser to download when there is no dialog; a cancelled dialog writes nothing', async () => {
    const t = tempContext();
    cleanups.push(t.cleanup);
    const made = await call(t.ctx, 'createVariant', { company: 'Acme GPU', role: 'Kernel Engineer' });
    const docx = await call(t.ctx, 'exportResume', { variant: made.variant, format: 'docx' });
    expect(docx.fileName).toBe('Mara Lindqvist - Acme GPU - Kernel Engineer.docx');
    expect(
      Buffer.from(docx.dataBase64 ?? '', 'base64')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    const c = tempContext({ chooseSavePath: async () => null });
    cleanups.push(c.cleanup);
    const made2 = await call(c.ctx, 'createVariant', { company: 'Acme', role: 'X' });
    expect(await call(c.ctx, 'exportResume', { variant: made2.variant, format: 'pdf' })).toMatchObject({
      cancelled: true,
      file: null,
      dataBase64: null,
    });
    expect((await call(c.ctx, 'getVariant', { id: made2.variant.id })).variant.exportHistory).toEqual([]);
  });

  it('still exports a variant deleted meanwhile, and says its history could not be updated', async () => {
    const t = tempContext();
    cleanups.push(t.cleanup);
    const made = await call(t.ctx, 'createVariant', { company: 'Acme', role: 'X' });
    await call(t.ctx, 'deleteVariant', { id: made.variant.id });
    const r = await call(t.ctx, 'exportResume', { variant: made.variant, format: 'pdf' });
    expect(r.dataBase64).not.toBeNull();
    expect(r).toMatchObject({ recorded: null, warning: expect.stringContaining('history was not updated') });
  });
});

describe('keyword overrides', () => {
  const analyzed = analyzePosting(POSTING);
  if (!analyzed.ok) throw new Error(analyzed.error);
  const posting = analyzed.posting;

  it('a removed keyword no longer counts; a boosted one weighs like the top keyword', () => {
    const without = withKeywordOverrides(posting, { added: [], removed: ['CUDA'], boosted: ['Python'] });
    expect(without.keywords.map((k) => k.term)).not.toContain('CUDA');
    expect(without.keywords.find((k) => k.term === 'Python')?.weight).toBe(1);
  });

  it('an added keyword the resume lacks shows as missing; one it has raises no alarm', () => {
    const added = withKeywordOverrides(posting, { added: ['k8s', 'Go'], removed: [], boosted: [] });
    // The taxonomy knows k8s is Kubernetes.
    expect(added.keywords.find((k) => k.skillId === 'kubernetes')).toMatchObject({
      term: 'Kubernetes',
      weight: 1,
      heading: 'Added by you',
    });
    const score = scoreResume(added, master);
    expect(score.missing.map((m) => m.term)).toContain('Kubernetes');
    expect(score.missing.map((m) => m.term)).not.toContain('Go');
  });

  it('no overrides gives the very same analysis back (the matcher cache keys on it)', () => {
    expect(withKeywordOverrides(posting, { added: [], removed: [], boosted: [] })).toBe(posting);
  });
});
