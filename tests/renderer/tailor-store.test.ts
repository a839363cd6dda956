import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Resume } from '../../src/core/resume/schema';
import { newVariant } from '../../src/core/tailor/new-variant';
import { scoreTailoring } from '../../src/renderer/lib/scoring';
import {
  applyEdit,
  currentVariant,
  history,
  openVariant,
  redo,
  setDoc,
  undo,
  useTailor,
} from '../../src/renderer/store/tailor-store';
import { MASTER, ROOT } from '../support/run-cli';

const master = JSON.parse(readFileSync(MASTER, 'utf8')) as Resume;
const POSTING = readFileSync(path.join(ROOT, 'tests/fixtures/postings/gpu-kernel-engineer.txt'), 'utf8');
const variant = (id: string) =>
  newVariant(
    master,
    { company: 'Acme', role: 'Engineer', posting: { text: POSTING } },
    { id, now: '2026-01-01T00:00:00.000Z' },
  );
const hidden = () => useTailor.getState().tailoring?.hidden.bullets ?? [];

beforeEach(() => {
  useTailor.setState({ master });
  openVariant(variant('aaaa1111'), 'rev-1');
});

describe('the UI store: every tailoring action is one undo step', () => {
  it('undoes and redoes a hide, a move and a keyword change in order', () => {
    applyEdit({ type: 'setHidden', id: 'inference-engineer-3', hidden: true });
    applyEdit({ type: 'moveBullet', bulletId: 'speculative-decoding-server-for-mistral-3', toIndex: 0 });
    applyEdit({ type: 'setKeywords', keywords: { added: ['Kubernetes'], removed: [], boosted: [] } });
    expect(history().pastStates).toHaveLength(3);
    undo();
    expect(useTailor.getState().tailoring?.keywords.added).toEqual([]);
    undo();
    expect(useTailor.getState().tailoring?.bulletOrder['speculative-decoding-server-for-mistral']?.[0]).toBe(
      'speculative-decoding-server-for-mistral-1',
    );
    undo();
    expect(hidden()).toEqual([]);
    redo();
    expect(hidden()).toEqual(['inference-engineer-3']);
  });

  it('makes the keystrokes of one rewording one step, and leaves text fields to their own undo', () => {
    for (const text of ['S', 'Sp', 'Spe', 'Sped up'])
      applyEdit({ type: 'reword', bulletId: 'inference-engineer-1', text: [{ text }] }, 'reword:inference-engineer-1');
    setDoc({ company: 'Acme GPU', notes: 'call back Friday' });
    expect(history().pastStates).toHaveLength(1);
    expect(currentVariant()?.company).toBe('Acme GPU');
    undo();
    expect(useTailor.getState().tailoring?.rewording).toEqual({});
    expect(currentVariant()?.company).toBe('Acme GPU');
  });

  it('starts each opened variant with an empty history', () => {
    applyEdit({ type: 'setHidden', id: 'inference-engineer-3', hidden: true });
    openVariant(variant('bbbb2222'), 'rev-2');
    expect(history().pastStates).toEqual([]);
    undo();
    expect(hidden()).toEqual([]);
  });

  it('reports an id the master lacks as a notice, changing nothing', () => {
    expect(applyEdit({ type: 'setHidden', id: 'no-such-bullet', hidden: true })).toBe(false);
    expect(useTailor.getState().notice).toMatchObject({
      kind: 'error',
      text: expect.stringContaining('no-such-bullet'),
    });
    expect(history().pastStates).toEqual([]);
  });
});

describe('scoring in the page', () => {
  it('scores every bullet, hidden ones too, but counts only what is shown in the match rate', () => {
    const t = currentVariant()?.tailoring;
    if (!t) throw new Error('no variant open');
    const all = scoreTailoring(master, POSTING, t);
    const cuda = ['ml-compiler-runtime-internals-2', 'h100-fp8-gemm-kernels-cutlass-study-2'];
    const hiddenCuda = scoreTailoring(master, POSTING, {
      ...t,
      hidden: { ...t.hidden, bullets: cuda, sections: ['skills'] },
    });
    expect(hiddenCuda.score?.bullets).toHaveLength(all.score?.bullets.length ?? -1);
    expect(hiddenCuda.score?.matchRate).toBeLessThan(all.score?.matchRate ?? 0);
  });

  it('scores a reworded bullet by its new words', () => {
    const t = currentVariant()?.tailoring;
    if (!t) throw new Error('no variant open');
    const id = 'inference-engineer-1';
    const before = scoreTailoring(master, POSTING, t).score?.bullets.find((b) => b.bulletId === id)?.score ?? 0;
    const reworded = {
      ...t,
      rewording: {
        [id]: {
          text: [{ text: 'Wrote CUDA and Triton kernels for attention and GEMM, profiled with Nsight Compute.' }],
          masterText: '',
        },
      },
    };
    const after = scoreTailoring(master, POSTING, reworded).score?.bullets.find((b) => b.bulletId === id);
    expect(after?.score).toBeGreaterThan(before + 30);
    expect(after?.matches.map((m) => m.term)).toEqual(expect.arrayContaining(['CUDA', 'Triton']));
  });
});
