import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editVariant, type VariantEdit } from '../../src/core/tailor';
import type { Resume } from '../../src/core/resume/schema';
import { call, tempContext } from './service-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const pdfText = (dir: string, name: string, base64: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

// The app's preview and export are the variant's: its summary rewording and skills tailoring are printed, not
// only its bullet choices (the renderer's plain render tailoring carries neither; every UI path goes through the variant).
describe('the preview and the export print the summary and skills as the variant tailors them', () => {
  it('reworded summary, a hidden skill and an added one, in the preview PDF and the exported PDF', async () => {
    const t = tempContext();
    cleanups.push(t.cleanup);
    const made = await call(t.ctx, 'createVariant', { company: 'Acme', role: 'Engineer' });
    const master = (await call(t.ctx, 'loadMaster', {})).resume as Resume;
    let v = made.variant;
    for (const edit of [
      { type: 'rewordSummary', text: 'Kernel engineer for inference at Acme scale.' },
      { type: 'setSkillsHidden', groupId: 'skills-ml-serving-compilers', items: ['ONNX Runtime'], hidden: true },
      { type: 'addSkill', groupId: 'skills-languages-systems', item: 'Zig' },
    ] satisfies VariantEdit[]) {
      const r = editVariant(master, v, edit);
      if (!r.ok) throw new Error(r.error);
      v = r.variant;
    }
    const preview = pdfText(t.dir, 'preview.pdf', (await call(t.ctx, 'renderPreview', { variant: v })).pdfBase64);
    const exported = await call(t.ctx, 'exportResume', { variant: v, format: 'pdf', saved: false });
    const out = pdfText(t.dir, 'export.pdf', exported.dataBase64!);
    for (const text of [preview, out]) {
      expect(text).toContain('Kernel engineer for inference at Acme scale.');
      expect(text).not.toContain('Performance-minded ML systems engineer');
      expect(text).toContain('Zig');
      expect(text).not.toContain('ONNX Runtime');
      expect(text).toContain('TVM');
    }
  });
});
