import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/core/render/render-resume';
import { applyVariant, newVariant } from '../../../src/core/tailor';
import {
  loadResume,
  loadTemplateAndFonts,
  MASTER_FILE,
  norm,
  pdftotext,
  tmp,
  writeTmp,
} from '../render/render-fixtures';
import { applyEdits } from './fixture';

const master = loadResume(MASTER_FILE);
const dir = tmp('tailored-export');

describe('the export of a tailored variant shows its summary and skills', () => {
  it('prints the reworded summary and the reordered, trimmed and added skills, read back by pdftotext', async () => {
    const v = applyEdits(
      master,
      newVariant(
        master,
        { company: 'Acme', role: 'Kernel engineer' },
        { id: 'exp00001', now: '2026-03-01T10:00:00.000Z' },
      ),
      { type: 'rewordSummary', text: 'Kernel engineer who ships FP8 GEMMs that beat the vendor library.' },
      { type: 'moveSkillGroup', groupId: 'skills-profiling-performance', toIndex: 0 },
      { type: 'moveSkill', groupId: 'skills-languages-systems', item: 'CUDA', toIndex: 0 },
      { type: 'setSkillsHidden', groupId: 'skills-languages-systems', items: ['Go', 'cgroups'], hidden: true },
      { type: 'setSkillsHidden', groupId: 'skills-ml-serving-compilers', hidden: true },
      { type: 'addSkill', groupId: 'skills-profiling-performance', item: 'Roofline Analysis' },
    );
    const { template, fonts } = await loadTemplateAndFonts('classic');
    const r = await renderPdf({ resume: applyVariant(master, v).resume, template, fonts });
    const text = norm(pdftotext(writeTmp(dir, 'tailored.pdf', r.bytes), []));

    expect(text).toContain('Kernel engineer who ships FP8 GEMMs that beat the vendor library.');
    expect(text).not.toContain('Performance-minded ML systems engineer');
    expect(text).toContain('Roofline Analysis, Nsight Systems, Nsight Compute, perf');
    // Go and cgroups are hidden from the skills line (a bullet still names both; that is the bullet's business).
    expect(text).toContain('Languages & Systems: CUDA, C, C++, Python, Rust, Linux Namespaces Open-source');
    expect(text).not.toContain('ONNX Runtime');
    // The moved group comes first.
    expect(text.indexOf('Roofline Analysis')).toBeLessThan(text.indexOf('Linux Namespaces'));
  });
});
