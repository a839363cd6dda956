import { describe, expect, it } from 'vitest';
import {
  applyVariant,
  autoTailor,
  editVariant,
  rankSkills,
  reconcileVariant,
  tailoredSkillGroups,
  trimByRelevance,
  type Variant,
} from '../../../src/core/tailor';
import { applyEdits, deepFreeze, freshVariant, loadMaster } from './fixture';

const master = deepFreeze(loadMaster());
const fresh = (): Variant => reconcileVariant(master, freshVariant(master)).variant;
const skillsOf = (v: Variant) => applyVariant(master, v).resume.skills.map((g) => `${g.label}: ${g.items.join(', ')}`);

describe('skills tailored per variant', () => {
  it('prints the master skills unchanged for a fresh variant', () => {
    expect(skillsOf(fresh())).toEqual(['Languages: C++, Go, Python', 'Tools: Kubernetes, Nsight Compute']);
  });

  it('orders skills within each group and the groups by relevance, without hiding any', () => {
    const { skills, moves } = rankSkills(fresh().tailoring.skills, {
      groups: { languages: 10, tools: 60 },
      items: { languages: { Python: 80, Go: 20 }, tools: { 'Nsight Compute': 50 } },
    });
    const v = { ...fresh(), tailoring: { ...fresh().tailoring, skills } };
    expect(skillsOf(v)).toEqual(['Tools: Nsight Compute, Kubernetes', 'Languages: Python, Go, C++']);
    expect(moves).toContainEqual({ groupId: 'languages', item: 'Python', score: 80 });
    expect(moves).toContainEqual({ groupId: 'tools', score: 60 });
  });

  it('keeps a group order and an item order the person set by hand when auto-tailor ranks again', () => {
    const v = applyEdits(
      master,
      fresh(),
      { type: 'moveSkill', groupId: 'languages', item: 'Go', toIndex: 0 },
      { type: 'moveSkillGroup', groupId: 'languages', toIndex: 0 },
    );
    const r = autoTailor(master, v, {
      bulletScores: {},
      skillScores: {
        groups: { tools: 90, languages: 1 },
        items: { languages: { Python: 90 }, tools: { 'Nsight Compute': 70 } },
      },
    });
    expect(skillsOf(r.variant)).toEqual(['Languages: Go, C++, Python', 'Tools: Nsight Compute, Kubernetes']);
    const skillDecisions = r.decisions.filter((d) => d.kind === 'skill' || d.kind === 'skill-group');
    expect(skillDecisions).toEqual([
      { id: 'tools', kind: 'skill', item: 'Nsight Compute', action: 'move', score: 70, reason: 'relevance' },
      { id: 'tools', kind: 'skill', item: 'Kubernetes', action: 'move', score: null, reason: 'relevance' },
    ]);
  });

  it('toggles a group, hides single skills, and a group with every skill hidden is left out', () => {
    let v = applyEdits(master, fresh(), { type: 'setSkillsHidden', groupId: 'languages', items: ['Go'], hidden: true });
    expect(skillsOf(v)).toEqual(['Languages: C++, Python', 'Tools: Kubernetes, Nsight Compute']);
    v = applyEdits(master, v, { type: 'setSkillsHidden', groupId: 'tools', hidden: true });
    expect(skillsOf(v)).toEqual(['Languages: C++, Python']);
    v = applyEdits(master, v, {
      type: 'setSkillsHidden',
      groupId: 'languages',
      items: ['C++', 'Python'],
      hidden: true,
    });
    expect(skillsOf(v)).toEqual([]);
  });

  it('trims by relevance: hides what the posting gives no evidence for, keeping the strongest few', () => {
    const items = ['A', 'B', 'C', 'D', 'E'];
    expect(trimByRelevance(items, { A: 0, B: 40, C: 0, D: 70, E: 10 }, { keep: 2 })).toEqual(['A', 'C']);
    // Never below `keep`, even when nothing is relevant.
    expect(trimByRelevance(items, {}, { keep: 3 })).toEqual(['D', 'E']);
  });

  it('adds a skill the person confirmed to this variant only, first in its group, and can take it back', () => {
    const v = applyEdits(master, fresh(), { type: 'addSkill', groupId: 'tools', item: 'Terraform' });
    expect(skillsOf(v)).toEqual(['Languages: C++, Go, Python', 'Tools: Terraform, Kubernetes, Nsight Compute']);
    expect(v.tailoring.skills.added).toEqual([{ groupId: 'tools', item: 'Terraform' }]);
    expect(master.skills[1]?.items).toEqual(['Kubernetes', 'Nsight Compute']);
    const dup = editVariant(master, v, { type: 'addSkill', groupId: 'tools', item: 'kubernetes' });
    expect(dup).toEqual({ ok: false, error: '"Kubernetes" is already in this group' });
    const back = applyEdits(master, v, { type: 'removeAddedSkill', groupId: 'tools', item: 'Terraform' });
    expect(skillsOf(back)).toEqual(skillsOf(fresh()));
  });

  it('keeps an added skill whose group the master lost, reports it, and shows it again when the group returns', () => {
    const v = applyEdits(master, fresh(), { type: 'addSkill', groupId: 'tools', item: 'Terraform' });
    const without = { ...structuredClone(master), skills: master.skills.filter((g) => g.id !== 'tools') };
    const applied = applyVariant(without, v);
    expect(applied.report.orphanedSkillAdds).toEqual([{ groupId: 'tools', item: 'Terraform' }]);
    expect(applied.resume.skills.map((g) => g.id)).toEqual(['languages']);
    // Its place in the group went with the group; the skill itself did not.
    expect(skillsOf(applied.reconciled)).toContain('Tools: Kubernetes, Nsight Compute, Terraform');
  });

  it('places a skill new in the master at the end of its group, and a new group after its predecessor', () => {
    const v = applyEdits(master, fresh(), { type: 'moveSkill', groupId: 'languages', item: 'Python', toIndex: 0 });
    const grown = structuredClone(master);
    grown.skills[0]!.items.push('Rust');
    grown.skills.splice(1, 0, { id: 'clouds', label: 'Clouds', items: ['GCP'] });
    expect(tailoredSkillGroups(grown, reconcileVariant(grown, v).variant.tailoring.skills).map((g) => g.items)).toEqual(
      [['Python', 'C++', 'Go', 'Rust'], ['GCP'], ['Kubernetes', 'Nsight Compute']],
    );
  });

  it('"reset my choices" forgets hand-set skill orders and shows hidden skills again', () => {
    const v = applyEdits(
      master,
      fresh(),
      { type: 'moveSkillGroup', groupId: 'tools', toIndex: 0 },
      { type: 'setSkillsHidden', groupId: 'languages', items: ['Go'], hidden: true },
      { type: 'resetManual' },
    );
    expect(v.tailoring.skills.manual).toEqual({ groupOrder: false, itemOrder: [] });
    expect(v.tailoring.skills.hiddenItems).toEqual({});
    const r = autoTailor(master, v, { bulletScores: {}, skillScores: { groups: { languages: 50, tools: 10 } } });
    expect(skillsOf(r.variant)).toEqual(['Languages: C++, Go, Python', 'Tools: Kubernetes, Nsight Compute']);
  });

  it('rejects an unknown group or skill with a clear error', () => {
    expect(editVariant(master, fresh(), { type: 'moveSkillGroup', groupId: 'nope', toIndex: 0 })).toEqual({
      ok: false,
      error: 'the master resume has no skill group "nope"',
    });
    expect(
      editVariant(master, fresh(), { type: 'setSkillsHidden', groupId: 'tools', items: ['Excel'], hidden: true }),
    ).toEqual({ ok: false, error: 'skill group "tools" has no "Excel"' });
  });
});
