import { describe, expect, it } from 'vitest';
import { diffVariants, searchVariants, type Variant, type VariantEdit } from '../../../src/core/tailor';
import { EVERY_FIELD, freshVariant, loadMaster, applyEdits } from './fixture';

const master = loadMaster();

const edit = (v: Variant, ...edits: VariantEdit[]): Variant => applyEdits(master, v, ...edits);

describe('comparing variants', () => {
  it('lists what a variant hides, moves and rewords compared with the master', () => {
    const v = edit(
      freshVariant(master),
      { type: 'setHidden', id: 'acme-oncall', hidden: true },
      { type: 'moveBullet', bulletId: 'gemm-rank', toIndex: 0 },
      { type: 'reword', bulletId: 'globex-go', text: [{ text: 'Built a Go log pipeline (2 TB/day).' }] },
    );
    const d = diffVariants(master, 'master', v);
    expect(d.a).toBe('master');
    expect(d.b).toBe('Acme — Engineer (test0001)');
    expect(d.items.map((i) => [i.id, i.changes])).toEqual([
      ['acme-oncall', ['hidden']],
      ['globex-go', ['reworded']],
      ['gemm-rank', ['moved']],
    ]);
    const reworded = d.items.find((i) => i.id === 'globex-go');
    expect(reworded?.a.text).toBe('Built a Go service that ingests 2 TB of logs a day.');
    expect(reworded?.b.text).toBe('Built a Go log pipeline (2 TB/day).');
    expect(d.summary).toEqual({ shown: 0, hidden: 1, moved: 1, reworded: 1, skills: 0, summaryReworded: false });
    expect(d.summaryText).toBeNull();
    expect(d.skills).toEqual([]);
  });

  it('reads from A to B: what B shows that A hid is "shown"', () => {
    const a = edit(
      freshVariant(master, 'aaaa1111'),
      { type: 'setHidden', id: 'runtime', hidden: true },
      { type: 'setHidden', id: 'acme-k8s', hidden: true },
    );
    const b = edit(freshVariant(master, 'bbbb2222'), { type: 'setHidden', id: 'acme-k8s', hidden: true });
    const d = diffVariants(master, a, b);
    expect(d.items.map((i) => [i.kind, i.id, i.changes])).toEqual([['entry', 'runtime', ['shown']]]);
    expect(d.settings).toEqual([]);
    expect(diffVariants(master, b, a).items.map((i) => i.changes)).toEqual([['hidden']]);
  });

  it('does not call a bullet moved just because one above it was hidden', () => {
    const v = edit(freshVariant(master), { type: 'setHidden', id: 'acme-kernels', hidden: true });
    expect(diffVariants(master, 'master', v).items.map((i) => i.id)).toEqual(['acme-kernels']);
  });

  it('lists template, page target and keyword overrides that differ', () => {
    const a = freshVariant(master, 'aaaa1111');
    const b = edit(
      { ...freshVariant(master, 'bbbb2222'), template: 'modern', pageTarget: 2 },
      { type: 'setKeywords', keywords: { added: ['CUDA'], removed: [], boosted: ['Triton', 'PyTorch'] } },
    );
    expect(diffVariants(master, a, b).settings).toEqual([
      { field: 'template', a: 'classic', b: 'modern' },
      { field: 'pageTarget', a: '1', b: '2' },
      { field: 'keywords.added', a: null, b: 'CUDA' },
      { field: 'keywords.boosted', a: null, b: 'Triton, PyTorch' },
    ]);
  });

  it('finds no differences between a variant and itself', () => {
    const v = edit(freshVariant(master), { type: 'setHidden', id: 'education', hidden: true });
    expect(diffVariants(master, v, v).items).toEqual([]);
  });
});

describe('comparing the summary and skills tailoring', () => {
  it('reports a reworded summary, read from A to B', () => {
    const v = edit(freshVariant(master), { type: 'rewordSummary', text: 'Makes GPU kernels fast.' });
    const d = diffVariants(master, 'master', v);
    expect(d.summaryText).toEqual({ a: 'Engineer who makes slow things fast.', b: 'Makes GPU kernels fast.' });
    expect(d.summary.summaryReworded).toBe(true);
    expect(diffVariants(master, v, 'master').summaryText).toEqual({
      a: 'Makes GPU kernels fast.',
      b: 'Engineer who makes slow things fast.',
    });
    expect(diffVariants(master, v, v).summaryText).toBeNull();
  });

  it('reports skills hidden, moved and added, and groups hidden or moved', () => {
    const v = edit(
      freshVariant(master),
      { type: 'setSkillsHidden', groupId: 'languages', items: ['Go'], hidden: true },
      { type: 'moveSkill', groupId: 'languages', item: 'Python', toIndex: 0 },
      { type: 'addSkill', groupId: 'tools', item: 'Triton' },
      { type: 'moveSkillGroup', groupId: 'tools', toIndex: 0 },
    );
    const d = diffVariants(master, 'master', v);
    expect(d.skills.map((s) => [s.groupId, s.item, s.changes])).toEqual([
      ['languages', 'Go', ['hidden']],
      ['languages', 'Python', ['moved']],
      ['tools', null, ['moved']],
      ['tools', 'Triton', ['added']],
    ]);
    expect(d.skills.find((s) => s.item === 'Triton')).toMatchObject({
      group: 'Tools',
      a: { shown: false, position: null },
      b: { shown: true, position: 0 },
    });
    expect(d.summary.skills).toBe(4);
    // The other way round: Go comes back, Triton goes; of two swapped, the one pulled up in B is the one moved.
    expect(diffVariants(master, v, 'master').skills.map((s) => [s.groupId, s.item, s.changes])).toEqual([
      ['languages', null, ['moved']],
      ['languages', 'C++', ['moved']],
      ['languages', 'Go', ['shown']],
      ['tools', 'Triton', ['removed']],
    ]);
  });

  it('says a hidden group once, on the group, not on each of its skills', () => {
    const a = freshVariant(master, 'aaaa1111');
    const b = edit(freshVariant(master, 'bbbb2222'), { type: 'setSkillsHidden', groupId: 'tools', hidden: true });
    expect(diffVariants(master, a, b).skills.map((s) => [s.groupId, s.item, s.changes])).toEqual([
      ['tools', null, ['hidden']],
    ]);
    expect(diffVariants(master, b, a).skills.map((s) => [s.item, s.changes])).toEqual([[null, ['shown']]]);
  });
});

describe('searching variants', () => {
  const a = {
    ...freshVariant(master, 'aaaa1111'),
    company: 'Globex',
    role: 'SRE',
    notes: 'met at the meetup',
    posting: { text: 'You will run Kubernetes clusters.' },
    updatedAt: '2026-03-02T00:00:00.000Z',
  };
  const b = {
    ...freshVariant(master, 'bbbb2222'),
    company: 'Kubernetes Corp',
    role: 'Platform',
    posting: { text: 'Go and Kubernetes.' },
    updatedAt: '2026-03-01T00:00:00.000Z',
  };
  it('matches every word anywhere, ignoring case and accents, company matches first', () => {
    expect(searchVariants([a, b, EVERY_FIELD], 'kubernetes').map((h) => h.variant.id)).toEqual([
      'bbbb2222',
      'aaaa1111',
    ]);
    expect(searchVariants([a, b, EVERY_FIELD], 'ZURICH gpu').map((h) => h.variant.id)).toEqual(['every0field']);
    expect(searchVariants([a, b], 'kubernetes meetup').map((h) => [h.variant.id, h.matchedIn])).toEqual([
      ['aaaa1111', ['posting', 'notes']],
    ]);
    expect(searchVariants([a, b], 'meetup')[0]?.snippet).toBe('met at the meetup');
    expect(searchVariants([a, b], '   ').map((h) => h.variant.id)).toEqual(['aaaa1111', 'bbbb2222']);
  });

  it('orders equal matches by the instant they were updated, whatever the time zone written', () => {
    const east = { ...a, id: 'east0001', updatedAt: '2026-03-02T01:00:00.000+05:00' }; // 2026-03-01T20:00Z
    const utc = { ...a, id: 'utc00001', updatedAt: '2026-03-01T21:00:00.000Z' };
    expect(searchVariants([east, utc], 'globex').map((h) => h.variant.id)).toEqual(['utc00001', 'east0001']);
  });
});
