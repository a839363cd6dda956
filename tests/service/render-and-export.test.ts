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

describe('the export report: page target, bullets shown and hidden, ATS read-back', () => {
  const masterBullets = master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id)));

  it('reads back every template’s PDF and DOCX of the master with 0 problems: every bullet, the contacts, the dates', async () => {
    const t = tempContext();
    cleanups.push(t.cleanup);
    const { listTemplates } = await import('../../src/node/template-store');
    const names = await listTemplates();
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const template of names) {
      const made = await call(t.ctx, 'createVariant', { company: 'Acme', role: 'X', template, pageTarget: 2 });
      for (const format of ['pdf', 'docx'] as const) {
        const r = await call(t.ctx, 'exportResume', { variant: made.variant, format, saved: false });
        const label = `${template} ${format}`;
        expect(r.written, label).toBe(true);
        expect(r.atsCheck?.problems, label).toEqual([]);
        expect(r.atsCheck?.readable, label).toBe(true);
        expect(r.atsCheck?.bulletsRecognised, label).toBe(masterBullets.length);
        expect(r.atsCheck?.contacts, label).toMatchObject({
          name: master.basics.name,
          email: master.basics.email,
          phone: master.basics.phone,
        });
        const dated = r.atsCheck!.sections.flatMap((s) => s.entries).filter((e) => e.start || e.end);
        expect(dated.length, label).toBeGreaterThanOrEqual(4);
        // Nothing hidden without a posting, and nothing scored.
        expect(r.bullets.shown.map((b) => b.id).sort(), label).toEqual([...masterBullets].sort());
        expect(r.bullets.hidden, label).toEqual([]);
        expect(new Set(r.bullets.shown.map((b) => b.reason)), label).toEqual(new Set(['no-posting']));
      }
    }
  }, 240_000);

  it('the check can fail: a bullet the file does not carry is named', async () => {
    const { checkBytes } = await import('../../src/service/methods/check-resume-file');
    const t = tempContext();
    cleanups.push(t.cleanup);
    const made = await call(t.ctx, 'createVariant', { company: 'Acme', role: 'X' });
    const r = await call(t.ctx, 'exportResume', { variant: made.variant, format: 'pdf', saved: false });
    const bytes = new Uint8Array(Buffer.from(r.dataBase64!, 'base64'));
    const intended = structuredClone(master);
    intended.sections[1]!.entries[0]!.bullets[0]!.text = [{ text: 'A bullet that was never printed anywhere.' }];
    intended.basics.email = 'someone.else@example.com';
    const report = await checkBytes(bytes, 'pdf', intended);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^email: expected "someone\.else@example\.com"/),
        'bullet not read back intact: "A bullet that was never printed anywhere."',
      ]),
    );
  });

  it('writes nothing for a page target that cannot be met unless allowed, and names what would have to go', async () => {
    const asked: string[] = [];
    const t = tempContext({
      chooseSavePath: async (name) => {
        asked.push(name);
        return path.join(t.dir, name);
      },
    });
    cleanups.push(t.cleanup);
    // The fixture master needs two pages at the 9.5 pt floor.
    const made = await call(t.ctx, 'createVariant', { company: 'Acme', role: 'X', pageTarget: 1 });
    const refused = await call(t.ctx, 'exportResume', { variant: made.variant, format: 'pdf', allowOverflow: false });
    expect(refused).toMatchObject({ written: false, cancelled: false, file: null, dataBase64: null, atsCheck: null });
    expect(asked).toEqual([]);
    expect(refused.overflow?.message).toMatch(/does not fit on 1 page.*would have to go, e\.g\. "/);
    expect(refused.overflow?.wouldGo.length).toBeGreaterThan(0);
    for (const g of refused.overflow!.wouldGo) expect(masterBullets).toContain(g.id);
    expect((await call(t.ctx, 'getVariant', { id: made.variant.id })).variant.exportHistory).toEqual([]);
    // The preview says the same beside its page count.
    expect((await call(t.ctx, 'renderPreview', { variant: made.variant })).overflow).toEqual(refused.overflow);

    const forced = await call(t.ctx, 'exportResume', { variant: made.variant, format: 'pdf' });
    expect(forced.written).toBe(true);
    expect(forced.pageCount).toBe(2);
    expect(forced.overflow?.wouldGo).toEqual(refused.overflow?.wouldGo);
    expect(asked).toHaveLength(1);
  });

  it('lists every bullet shown or hidden with its score and auto-tailor’s reason, a manual choice as manual', async () => {
    const t = tempContext();
    cleanups.push(t.cleanup);
    const made = await call(t.ctx, 'createVariant', {
      company: 'Acme GPU',
      role: 'Kernel Engineer',
      postingText: POSTING,
      pageTarget: 1,
    });
    const tailored = (await call(t.ctx, 'autoTailor', { variant: made.variant })).variant;
    const r = await call(t.ctx, 'exportResume', { variant: tailored, format: 'pdf', saved: false });
    const { shown, hidden } = r.bullets;
    expect([...shown, ...hidden].map((b) => b.id).sort()).toEqual([...masterBullets].sort());
    expect(hidden.length).toBeGreaterThan(0);
    for (const b of [...shown, ...hidden]) {
      expect(b.text.length).toBeGreaterThan(10);
      expect(typeof b.score).toBe('number');
    }
    // Freshly auto-tailored, the export agrees with every decision: none is "as saved".
    expect(shown.every((b) => ['fits', 'two-bullet-rule'].includes(b.reason))).toBe(true);
    expect(hidden.every((b) => ['to-fit', 'entry-hidden', 'below-threshold'].includes(b.reason))).toBe(true);
    // A bullet kept although weaker than one hidden is there by the two-bullet rule, and says so.
    const strongestHidden = Math.max(...hidden.map((b) => b.score!));
    for (const b of shown) if (b.score! < strongestHidden) expect(b.reason, b.text).toBe('two-bullet-rule');
    // The shown ones are the PDF's bullets, in its order.
    const text = execFileSync('pdftotext', ['-', '-'], {
      input: Buffer.from(r.dataBase64!, 'base64'),
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain(shown[0]!.text.slice(0, 40));
    expect(text).not.toContain(hidden[0]!.text.slice(0, 40));

    // A bullet the person shows again by hand reads as their choice.
    const back = hidden[0]!.id;
    const manual = structuredClone(tailored);
    manual.tailoring.hidden.bullets = manual.tailoring.hidden.bullets.filter((id) => id !== back);
    manual.tailoring.hidden.entries = manual.tailoring.hidden.entries.filter((e) => !back.startsWith(e));
    manual.tailoring.manual.visibility.push(back);
    const again = await call(t.ctx, 'exportResume', { variant: manual, format: 'pdf', saved: false, check: false });
    expect(again.bullets.shown.find((b) => b.id === back)?.reason).toBe('manual');
    expect(again.atsCheck).toBeNull();
  }, 120_000);
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
