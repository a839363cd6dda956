import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/match';
import { scoreSkills } from '../../../src/core/match/skill-scores';

const POSTING = readFileSync(path.resolve(__dirname, '../../fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');

describe('skills scored for a posting', () => {
  it('ranks the GPU skills of a group above the rest for a GPU kernel posting, Triton included', () => {
    const a = analyzePosting(POSTING);
    if (!a.ok) throw new Error(a.error);
    const r = scoreSkills(a.posting, [
      { id: 'ml', label: 'ML Serving & Compilers', items: ['TVM', 'Triton', 'CUTLASS', 'ONNX Runtime'] },
      { id: 'lang', label: 'Languages', items: ['Go', 'CUDA'] },
    ]);
    expect(r.items.ml!.Triton).toBeGreaterThan(20);
    expect(r.items.ml!.CUTLASS).toBeGreaterThan(r.items.ml!.TVM!);
    expect(r.items.lang!.CUDA).toBeGreaterThan(r.items.lang!.Go!);
    expect(r.groups.ml).toBeGreaterThan(0);
  });
});
