import { describe, expect, it } from 'vitest';
import { applyVariant, autoTailor, editVariant, type Variant, type VariantEdit } from '../../../src/core/tailor';
import type { Resume } from '../../../src/core/resume/schema';
import { bulletIds, entryBullets, freshVariant, loadMaster, applyEdits } from './fixture';

const master = loadMaster();
// What a GPU-kernel posting would give (the real numbers come from src/core/match; these are plain inputs).
const scores = {
  'acme-kernels': 92,
  'acme-k8s': 35,
  'acme-oncall': 5,
  'globex-go': 20,
  'globex-docs': 8,
  'gemm-perf': 97,
  'gemm-rank': 60,
  'runtime-ns': 12,
};

const edit = (v: Variant, ...edits: VariantEdit[]): Variant => applyEdits(master, v, ...edits);

/** A stand-in page budget that really measures the resume: at most `n` bullets fit. */
const atMostBullets = (n: number) => (r: Resume) => bulletIds(r).length <= n;

describe('auto-tailor', () => {
  it('orders bullets within each entry by score, best first', () => {
    const { variant } = autoTailor(master, freshVariant(master), { bulletScores: new Map(Object.entries(scores)) });
    const r = applyVariant(master, variant).resume;
    expect(entryBullets(r, 'acme-2024')).toEqual(['acme-kernels', 'acme-k8s', 'acme-oncall']);
    expect(entryBullets(r, 'globex-2022')).toEqual(['globex-go', 'globex-docs']);
  });

  it('hides bullets below the threshold but keeps two of each entry', () => {
    const { variant, decisions } = autoTailor(master, freshVariant(master), { bulletScores: scores, threshold: 25 });
    expect(variant.tailoring.hidden.bullets.sort()).toEqual(['acme-oncall']);
    // globex-docs (8) and globex-go (20) are below 25 too, but globex keeps two bullets or none.
    expect(bulletIds(applyVariant(master, variant).resume)).toContain('globex-docs');
    expect(decisions.find((d) => d.id === 'globex-docs')).toMatchObject({ action: 'keep', reason: 'two-bullet-rule' });
    expect(decisions.find((d) => d.id === 'acme-oncall')).toMatchObject({
      action: 'hide',
      score: 5,
      reason: 'below-threshold',
    });
  });

  it('orders sections by relevance where the template allows, leaving fixed sections in their slots', () => {
    const { variant } = autoTailor(master, freshVariant(master), { bulletScores: scores });
    expect(variant.tailoring.sectionOrder).toEqual(['projects', 'experience', 'skills', 'education']);
    const fixed = autoTailor(master, freshVariant(master), {
      bulletScores: scores,
      canMoveSection: (s) => s.kind !== 'projects',
    });
    expect(fixed.variant.tailoring.sectionOrder).toEqual(['experience', 'projects', 'skills', 'education']);
    // Skills and education hold no bullets: even with a high section score they stay put unless the caller allows it.
    const skillsFirst = { bulletScores: scores, sectionScores: { skills: 100, education: 99 } };
    expect(autoTailor(master, freshVariant(master), skillsFirst).variant.tailoring.sectionOrder).toEqual([
      'projects',
      'experience',
      'skills',
      'education',
    ]);
    expect(
      autoTailor(master, freshVariant(master), { ...skillsFirst, canMoveSection: () => true }).variant.tailoring
        .sectionOrder,
    ).toEqual(['skills', 'education', 'projects', 'experience']);
  });

  it('hides the weakest until the page target fits: a bullet, or a whole entry scored by its best bullet', () => {
    const { variant, hiddenToFit, entriesHiddenToFit, fits, decisions } = autoTailor(master, freshVariant(master), {
      bulletScores: scores,
      fits: atMostBullets(5),
    });
    expect(fits).toBe(true);
    // acme-oncall 5 (acme keeps two); then runtime (best 12) and globex (best 20) go whole, before acme-k8s 35 would.
    expect(hiddenToFit).toEqual(['acme-oncall', 'runtime-ns', 'globex-go', 'globex-docs']);
    expect(entriesHiddenToFit).toEqual(['runtime', 'globex-2022']);
    expect(bulletIds(applyVariant(master, variant).resume).sort()).toEqual([
      'acme-k8s',
      'acme-kernels',
      'gemm-perf',
      'gemm-rank',
    ]);
    expect(decisions.find((d) => d.id === 'globex-2022')).toMatchObject({
      kind: 'entry',
      action: 'hide',
      score: 20,
      reason: 'entry-hidden',
    });
    expect(decisions.find((d) => d.id === 'acme-k8s')).toMatchObject({ action: 'keep', score: 35, reason: 'fits' });
  });

  it('says so when even hiding every candidate does not fit', () => {
    const r = autoTailor(master, freshVariant(master), { bulletScores: scores, fits: () => false });
    expect(r.fits).toBe(false);
    // It proposes no empty resume: nothing is hidden to fit, and the caller reports the overflow.
    expect(r.hiddenToFit).toEqual([]);
    expect(bulletIds(applyVariant(master, r.variant).resume)).toHaveLength(8);
  });

  it("leaves the person's manual choices alone when it runs again", () => {
    const manual = edit(
      freshVariant(master),
      { type: 'moveBullet', bulletId: 'acme-oncall', toIndex: 0 }, // manual order for acme-2024
      { type: 'setHidden', id: 'gemm-perf', hidden: true }, // hides the best bullet on purpose
      { type: 'setHidden', id: 'globex-docs', hidden: false }, // insists on a weak one
      { type: 'moveSection', sectionId: 'education', toIndex: 0 },
    );
    const once = autoTailor(master, manual, { bulletScores: scores, threshold: 50, fits: atMostBullets(4) }).variant;
    const twice = autoTailor(master, once, {
      bulletScores: { ...scores, 'acme-oncall': 99 },
      threshold: 50,
      fits: atMostBullets(4),
    }).variant;
    for (const v of [once, twice]) {
      const r = applyVariant(master, v).resume;
      // The order stays the person's; acme-oncall itself may be hidden by score, as it was never toggled by hand.
      expect(v.tailoring.bulletOrder['acme-2024']?.[0]).toBe('acme-oncall');
      expect(bulletIds(r)).not.toContain('gemm-perf');
      expect(bulletIds(r)).toContain('globex-docs');
      expect(v.tailoring.sectionOrder[0]).toBe('education');
      expect(bulletIds(r).length).toBeLessThanOrEqual(4);
    }
  });

  it('shows again a bullet it hid before once the new posting scores it higher', () => {
    const first = autoTailor(master, freshVariant(master), { bulletScores: scores, threshold: 25 }).variant;
    expect(first.tailoring.hidden.bullets).toContain('acme-oncall');
    const again = autoTailor(master, first, { bulletScores: { ...scores, 'acme-oncall': 80 }, threshold: 25 }).variant;
    expect(again.tailoring.hidden.bullets).not.toContain('acme-oncall');
  });

  it('lets auto-tailor decide again once the person resets a manual choice', () => {
    const manual = edit(
      freshVariant(master),
      { type: 'setHidden', id: 'gemm-perf', hidden: true },
      { type: 'moveBullet', bulletId: 'acme-oncall', toIndex: 0 },
    );
    const reset = edit(manual, { type: 'resetManual', id: 'gemm-perf' });
    const again = autoTailor(master, reset, { bulletScores: scores }).variant;
    expect(again.tailoring.hidden.bullets).not.toContain('gemm-perf');
    expect(again.tailoring.bulletOrder['acme-2024']?.[0]).toBe('acme-oncall');
    const all = autoTailor(master, edit(manual, { type: 'resetManual' }), { bulletScores: scores }).variant;
    expect(all.tailoring.bulletOrder['acme-2024']).toEqual(['acme-kernels', 'acme-k8s', 'acme-oncall']);
    expect(editVariant(master, manual, { type: 'resetManual', id: 'nope' })).toMatchObject({ ok: false });
  });

  it('never hides a bullet the person reworded for this job', () => {
    const reworded = edit(freshVariant(master), {
      type: 'reword',
      bulletId: 'acme-oncall',
      text: [{ text: 'Ran on-call for the GPU fleet.' }],
    });
    const r = autoTailor(master, reworded, { bulletScores: scores, threshold: 50, fits: atMostBullets(4) });
    expect(bulletIds(applyVariant(master, r.variant).resume)).toContain('acme-oncall');
    expect(r.hiddenToFit).not.toContain('acme-oncall');
  });
});
