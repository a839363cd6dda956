import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/resume/rich-text';
import { applyVariant, editVariant, isReportEmpty, type Variant, type VariantEdit } from '../../../src/core/tailor';
import {
  bulletIds,
  deepFreeze,
  entryBullets,
  freshVariant,
  loadMaster,
  withBullet,
  withoutItem,
  applyEdits,
} from './fixture';

const master = deepFreeze(loadMaster());

const edit = (v: Variant, ...edits: VariantEdit[]): Variant => applyEdits(master, v, ...edits);

describe('applying a variant to the master', () => {
  it('gives the master back unchanged for a fresh variant, with nothing to report', () => {
    const applied = applyVariant(master, freshVariant(master));
    expect(applied.resume).toEqual(master);
    expect(isReportEmpty(applied.report)).toBe(true);
    expect(applied.render).toEqual({ template: 'classic', pageTarget: 1, company: 'Acme', role: 'Engineer' });
  });

  it('orders, hides and rewords in the copy while the (frozen) master stays as it was', () => {
    const v = edit(
      freshVariant(master),
      { type: 'moveSection', sectionId: 'projects', toIndex: 0 },
      { type: 'moveEntry', entryId: 'globex-2022', toIndex: 0 },
      { type: 'moveBullet', bulletId: 'acme-oncall', toIndex: 0 },
      { type: 'setHidden', id: 'acme-k8s', hidden: true },
      { type: 'setHidden', id: 'runtime', hidden: true },
      { type: 'setHidden', id: 'education', hidden: true },
      {
        type: 'reword',
        bulletId: 'gemm-perf',
        text: [{ text: 'Beat ' }, { text: 'cuBLAS', bold: true }, { text: ' by 10%.' }],
      },
    );
    const r = applyVariant(master, v).resume;
    expect(r.sections.map((s) => s.id)).toEqual(['projects', 'experience', 'skills']);
    expect(r.sections[1]?.entries.map((e) => e.id)).toEqual(['globex-2022', 'acme-2024']);
    expect(entryBullets(r, 'acme-2024')).toEqual(['acme-oncall', 'acme-kernels']);
    expect(r.sections[0]?.entries.map((e) => e.id)).toEqual(['gemm']);
    expect(r.sections[0]?.entries[0]?.bullets[0]?.text).toEqual([
      { text: 'Beat ' },
      { text: 'cuBLAS', bold: true },
      { text: ' by 10%.' },
    ]);
    expect(plainText(master.sections[1]!.entries[0]!.bullets[0]!.text)).toBe(
      'Reached 110% of cuBLAS on a consumer GPU with register tiling.',
    );
  });

  it('shows a bullet added to the master after the ones the variant ordered, and reports it as new', () => {
    const v = edit(freshVariant(master), { type: 'moveBullet', bulletId: 'acme-oncall', toIndex: 0 });
    const changed = withBullet(master, 'acme-2024', 'acme-triton', 'Wrote Triton kernels for the fused MLP.', 0);
    const applied = applyVariant(changed, v);
    expect(entryBullets(applied.resume, 'acme-2024')).toEqual([
      'acme-oncall',
      'acme-kernels',
      'acme-k8s',
      'acme-triton',
    ]);
    expect(applied.report.newBullets).toEqual([
      {
        sectionId: 'experience',
        entryId: 'acme-2024',
        bulletId: 'acme-triton',
        text: 'Wrote Triton kernels for the fused MLP.',
      },
    ]);
    // Once the reconciled variant is saved the bullet is known and no longer new.
    expect(applyVariant(changed, applied.reconciled).report.newBullets).toEqual([]);
  });

  it('places a new bullet by its score among the ordered ones when the posting scored it', () => {
    const changed = withBullet(master, 'acme-2024', 'acme-triton', 'Wrote Triton kernels for the fused MLP.');
    const scores = { 'acme-kernels': 90, 'acme-k8s': 40, 'acme-oncall': 10, 'acme-triton': 70 };
    const applied = applyVariant(changed, freshVariant(master), { scores });
    expect(entryBullets(applied.resume, 'acme-2024')).toEqual([
      'acme-kernels',
      'acme-triton',
      'acme-k8s',
      'acme-oncall',
    ]);
    expect(applied.report.newBullets.map((b) => b.bulletId)).toEqual(['acme-triton']);
  });

  it('keeps the rewording of a deleted bullet as orphaned, reports it, and loses nothing', () => {
    const v = edit(freshVariant(master), {
      type: 'reword',
      bulletId: 'globex-docs',
      text: [{ text: 'Wrote the onboarding guide.' }],
    });
    const changed = withoutItem(master, 'globex-docs');
    const applied = applyVariant(changed, v);
    expect(applied.report.orphanedRewordings).toEqual([
      {
        bulletId: 'globex-docs',
        text: [{ text: 'Wrote the onboarding guide.' }],
        masterText: 'Wrote the onboarding guide used by every new hire.',
      },
    ]);
    expect(applied.report.removedBullets).toEqual(['globex-docs']);
    expect(applied.reconciled.tailoring.rewording['globex-docs']?.text).toEqual([
      { text: 'Wrote the onboarding guide.' },
    ]);
    expect(bulletIds(applied.resume)).not.toContain('globex-docs');
    // If the bullet comes back (undo in the master), its rewording is there again.
    expect(applyVariant(master, applied.reconciled).resume.sections[0]?.entries[1]?.bullets[1]?.text).toEqual([
      { text: 'Wrote the onboarding guide.' },
    ]);
  });

  it('refuses a blank rewording and leaves the variant as it was', () => {
    const v = freshVariant(master);
    const r = editVariant(master, v, { type: 'reword', bulletId: 'acme-k8s', text: [{ text: '  ' }] });
    expect(r).toEqual({ ok: false, error: 'a rewording must not be empty' });
    expect(v.tailoring.rewording).toEqual({});
  });

  it('flags a rewording whose master bullet changed since it was made', () => {
    const v = edit(freshVariant(master), {
      type: 'reword',
      bulletId: 'acme-k8s',
      text: [{ text: 'Migrated the fleet to k8s.' }],
    });
    const changed = structuredClone(master) as typeof master;
    changed.sections[0]!.entries[0]!.bullets[1]!.text = [
      { text: 'Moved 400 batch jobs to Kubernetes with zero downtime.' },
    ];
    const applied = applyVariant(changed, v);
    expect(applied.report.staleRewordings).toEqual([
      {
        bulletId: 'acme-k8s',
        entryId: 'acme-2024',
        sectionId: 'experience',
        text: [{ text: 'Migrated the fleet to k8s.' }],
        masterTextThen: 'Moved the batch fleet to Kubernetes with zero downtime.',
        masterTextNow: 'Moved 400 batch jobs to Kubernetes with zero downtime.',
      },
    ]);
    // Still applied: flagged, not discarded.
    expect(applied.resume.sections[0]?.entries[0]?.bullets[1]?.text).toEqual([{ text: 'Migrated the fleet to k8s.' }]);
    expect(applyVariant(master, v).report.staleRewordings).toEqual([]);
  });

  it('reports entries and sections added to or removed from the master, placing a new entry where the master has it', () => {
    const v = edit(freshVariant(master), { type: 'moveEntry', entryId: 'runtime', toIndex: 0 });
    const changed = structuredClone(master) as typeof master;
    changed.sections[0]!.entries.unshift({
      id: 'initech-2025',
      title: 'Staff Engineer',
      tech: [],
      links: [],
      bullets: [{ id: 'initech-1', text: [{ text: 'Shipped it.' }] }],
    });
    changed.sections.push({
      id: 'awards',
      kind: 'custom',
      title: 'Awards',
      entries: [{ id: 'award-1', title: 'Best Paper', tech: [], links: [], bullets: [] }],
    });
    changed.sections = changed.sections.filter((s) => s.id !== 'education');
    changed.sections[1]!.entries = changed.sections[1]!.entries.filter((e) => e.id !== 'gemm');
    const applied = applyVariant(changed, v);
    expect(applied.report.newEntries).toEqual([
      { sectionId: 'experience', entryId: 'initech-2025', title: 'Staff Engineer' },
    ]);
    expect(applied.report.newSections).toEqual([{ sectionId: 'awards', title: 'Awards' }]);
    expect(applied.reconciled.tailoring.entryOrder.awards).toEqual(['award-1']);
    expect(applied.report.removedSections).toEqual(['education']);
    expect(applied.report.removedEntries).toEqual(['gemm']);
    // Reported once, at the top: the removed section's entry and the removed entry's bullets are not listed again.
    expect(applied.report.removedBullets).toEqual([]);
    // The new entry's bullet is new with it: reported once, on the entry.
    expect(applied.report.newBullets).toEqual([]);
    expect(applied.resume.sections.map((s) => s.id)).toEqual(['experience', 'projects', 'skills', 'awards']);
    expect(applied.resume.sections[0]?.entries.map((e) => e.id)).toEqual(['initech-2025', 'acme-2024', 'globex-2022']);
  });

  it('refuses an edit of an id the master does not have, with a clear message', () => {
    expect(
      editVariant(master, freshVariant(master), { type: 'setHidden', id: 'no-such-bullet', hidden: true }),
    ).toEqual({
      ok: false,
      error: 'the master resume has no section, entry or bullet "no-such-bullet"',
    });
  });
});
