import { describe, expect, it } from 'vitest';
import concepts from '../../../src/core/skills/data/concepts.json';
import generated from '../../../src/core/skills/data/generated-skills.json';
import relations from '../../../src/core/skills/data/relations.json';
import { ConceptsFile, GeneratedSkillsFile, RelationsFile } from '../../../src/core/skills/schema';
import { getTaxonomy, lookupSkill } from '../../../src/core/skills/taxonomy';
import { skillId } from '../../../src/core/slug';

describe('skills taxonomy data', () => {
  it('is well-formed and records its sources and licenses', () => {
    expect(ConceptsFile.safeParse(concepts).success).toBe(true);
    expect(RelationsFile.safeParse(relations).success).toBe(true);
    const g = GeneratedSkillsFile.parse(generated);
    expect(g.sources.map((s) => `${s.package}:${s.license}`)).toEqual([
      'linguist-languages:MIT',
      'simple-icons:CC0-1.0',
    ]);
    expect(concepts.license).toMatch(/MIT/);
  });

  it('holds at least 1,000 canonical skills, each with a kind', () => {
    const t = getTaxonomy();
    expect(t.skills.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(t.skills.map((s) => s.kind))).toEqual(
      new Set(['hard_skill', 'tool', 'soft_skill', 'domain', 'credential']),
    );
  });

  it('names every relation by a skill it knows', () => {
    const t = getTaxonomy();
    for (const [from, to] of relations.relations as [string, string, number][]) {
      expect(lookupSkill(from)?.name, from).toBe(from);
      expect(lookupSkill(to)?.name, to).toBe(to);
      expect(
        t.related.get(skillId(from))?.some((r) => t.byId.get(r.to)?.name === to),
        `${from} -> ${to}`,
      ).toBe(true);
    }
  });

  it('resolves aliases and acronyms to one canonical skill', () => {
    expect(lookupSkill('k8s')?.name).toBe('Kubernetes');
    expect(lookupSkill('kube')?.name).toBe('Kubernetes');
    expect(lookupSkill('ECMAScript')?.name).toBe('JavaScript');
    expect(lookupSkill('LLMs')?.name).toBe('Large Language Models');
    expect(lookupSkill('Compute Unified Device Architecture')?.name).toBe('CUDA');
    expect(lookupSkill('golang')?.name).toBe('Go');
  });

  it('relates specific skills to what they show: CUDA to GPU programming, vLLM to LLM inference', () => {
    const t = getTaxonomy();
    const rel = (a: string, b: string) =>
      t.related.get(skillId(a))?.find((r) => r.to === lookupSkill(b)?.id)?.strength ?? 0;
    expect(rel('CUDA', 'GPU Programming')).toBeGreaterThan(0.5);
    expect(rel('Triton', 'GPU Kernels')).toBeGreaterThan(0.5);
    expect(rel('PyTorch', 'Deep Learning')).toBeGreaterThan(0.4);
    expect(rel('vLLM', 'LLM Inference')).toBeGreaterThan(0.5);
    // One-way: the general skill says less about the specific one.
    expect(rel('GPU Programming', 'CUDA')).toBeLessThan(rel('CUDA', 'GPU Programming'));
  });
});
