import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePosting, scoreResume } from '../../src/core/match';
import { prepareRender, renderPdf } from '../../src/core/render/render-resume';
import type { Resume } from '../../src/core/resume/schema';
import { applyVariant, autoTailor, editVariant } from '../../src/core/tailor';
import { loadTemplateFonts } from '../../src/node/font-files';
import { loadResumeFile } from '../../src/node/load-resume';
import { installNodeDeflate } from '../../src/node/pdf-deflate';
import { loadTemplate } from '../../src/node/template-store';
import { loadVariantForExport, recordVariantExport } from '../../src/node/variant-export';
import { matchRateAgainst } from '../../src/node/variant-match-rate';
import { createVariant, getVariant, listVariants, saveVariant } from '../../src/node/variant-store';
import { MASTER } from '../support/run-cli';

// A posting we wrote for this test: GPU inference work, nothing about containers or writing.
const POSTING = `Senior GPU Inference Engineer
We are looking for an engineer to make LLM inference fast.
Requirements:
- Write and tune CUDA and Triton kernels
- Profile PyTorch models with Nsight Compute and the PyTorch Profiler
- Kernel fusion, shared memory tiling, quantization (FP16, FP8)
Nice to have: experience with vLLM, Blackwell or Hopper GPUs, GEMM optimization.`;

let dir = '';
let master: Resume;

beforeAll(async () => {
  dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-variant-export-')), 'variants');
  const loaded = await loadResumeFile(MASTER);
  if (!loaded.ok) throw new Error(loaded.error);
  master = loaded.resume;
  installNodeDeflate();
});
afterAll(async () => {
  await fs.rm(path.dirname(dir), { recursive: true, force: true });
});

async function renderer() {
  const tpl = await loadTemplate('classic');
  if (!tpl.ok) throw new Error(tpl.error);
  const fonts = await loadTemplateFonts(tpl.template, tpl.fontsDir);
  if (!fonts.ok) throw new Error(fonts.error);
  return { template: tpl.template, fonts: fonts.fonts };
}

describe('a saved variant through the scorer and the renderer', () => {
  it('auto-tailors the fixture master to one page with the renderer as the page-fit check, and exports what it chose', async () => {
    const made = await createVariant(dir, master, {
      company: 'Example GPU Co',
      role: 'Inference Engineer',
      posting: { text: POSTING },
      pageTarget: 1,
    });
    if (!made.ok) throw new Error(made.error);
    const analyzed = analyzePosting(POSTING);
    if (!analyzed.ok) throw new Error(analyzed.error);
    const score = scoreResume(analyzed.posting, master);
    const { template, fonts } = await renderer();
    // The renderer first tightens spacing and type within the template's bounds; only what still overflows needs hiding.
    const fits = (r: Resume) => prepareRender({ resume: r, template, fonts, pages: 1 }).fit.fits;

    // Reword one bullet by hand first: auto-tailor must keep it.
    const firstBullet = master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets))[0]!;
    const reworded = editVariant(master, made.value.variant, {
      type: 'reword',
      bulletId: firstBullet.id,
      text: [{ text: 'Made Mistral decoding three times faster on an H100.' }],
    });
    if (!reworded.ok) throw new Error(reworded.error);
    const tailored = autoTailor(master, reworded.variant, {
      bulletScores: new Map(score.bullets.map((b) => [b.bulletId, b.score])),
      sectionScores: new Map(score.sections.map((s) => [s.sectionId, s.score])),
      fits,
    });
    // The whole master does not fit one page, so auto-tailor had to hide something, and only low scorers.
    expect(fits(master)).toBe(false);
    expect(tailored.fits).toBe(true);
    expect(tailored.hiddenToFit.length).toBeGreaterThan(0);
    const scoreOf = new Map(score.bullets.map((b) => [b.bulletId, b.score]));
    const highestHidden = Math.max(...tailored.hiddenToFit.map((id) => scoreOf.get(id) ?? 0));
    // Lowest scores go first: any bullet still shown that scores below a hidden one is its entry's last (kept so no
    // entry is empty) or the one reworded by hand (never auto-hidden).
    for (const s of applyVariant(master, tailored.variant).resume.sections)
      for (const e of s.entries)
        for (const b of e.bullets)
          if ((scoreOf.get(b.id) ?? 0) < highestHidden && b.id !== firstBullet.id)
            expect(e.bullets, `${b.id} kept over a better bullet`).toHaveLength(1);
    const saved = await saveVariant(dir, tailored.variant, { expectedRevision: made.value.revision });
    if (!saved.ok) throw new Error(saved.error);

    const forExport = await loadVariantForExport(dir, saved.value.variant.id, master);
    if (!forExport.ok) throw new Error(forExport.error);
    const { resume, render } = forExport.value;
    const pdf = await renderPdf({
      resume,
      template,
      fonts,
      pages: render.pageTarget,
      meta: { company: render.company, role: render.role },
    });
    expect(pdf.pageCount).toBe(1);
    const file = path.join(path.dirname(dir), 'Ada - Example GPU Co.pdf');
    await fs.writeFile(file, pdf.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Made Mistral decoding three times faster on an H100.');
    for (const hidden of tailored.variant.tailoring.hidden.bullets) {
      const b = master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets)).find((x) => x.id === hidden)!;
      expect(text).not.toContain(
        b.text
          .map((r) => r.text)
          .join('')
          .slice(0, 40)
          .replace(/\s+/g, ' '),
      );
    }

    const recorded = await recordVariantExport(dir, saved.value.variant.id, {
      file,
      format: 'pdf',
      template: template.name,
    });
    if (!recorded.ok) throw new Error(recorded.error);
    const after = await getVariant(dir, saved.value.variant.id);
    expect(after.ok && after.value.variant.exportHistory.map((e) => [e.format, e.template, e.fileName])).toEqual([
      ['pdf', template.name, 'Ada - Example GPU Co.pdf'],
    ]);
  });

  it('lists the match rate of the posting against the tailored resume', async () => {
    const listed = await listVariants(dir, { matchRate: matchRateAgainst(master) });
    const rate = listed.variants[0]?.matchRate;
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThanOrEqual(100);
  });
});
