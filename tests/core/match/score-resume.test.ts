import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyzePosting,
  computeMatchRate,
  rescoreBulletInResume,
  ResumeScore,
  scoreResume,
  scoreText,
  SUMMARY_OWNER,
  VisibilityJson,
  type AnalyzedPosting,
} from '../../../src/core/match';
import { loadResumeFile } from '../../../src/node/load-resume';
import type { Resume } from '../../../src/core/resume/schema';
import { MASTER } from '../../support/run-cli';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/postings/${name}`, import.meta.url), 'utf8');
function posting(text: string): AnalyzedPosting {
  const r = analyzePosting(text);
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}
async function master(): Promise<Resume> {
  const r = await loadResumeFile(MASTER);
  if (!r.ok) throw new Error(r.error);
  return r.resume;
}
const CUDA_KERNEL = 'ml-compiler-runtime-internals-2';
const TRITON_KERNEL = 'speculative-decoding-server-for-mistral-3';
const CONTAINER_RUNTIME = 'container-sandbox-1';

describe('scoreResume on the fixture master resume', () => {
  it('ranks the CUDA and Triton kernel bullets above the container-runtime bullet for a GPU kernel posting', async () => {
    const s = scoreResume(posting(fixture('gpu-kernel-engineer.txt')), await master());
    const score = (id: string) => s.bullets.find((b) => b.bulletId === id)!.score;
    expect(score(CUDA_KERNEL)).toBeGreaterThan(score(CONTAINER_RUNTIME) + 30);
    expect(score(TRITON_KERNEL)).toBeGreaterThan(score(CONTAINER_RUNTIME) + 30);
    const ranked = [...s.bullets].sort((a, b) => b.score - a.score).map((b) => b.bulletId);
    expect(ranked.slice(0, 5)).toContain(CUDA_KERNEL);
  });

  it('ranks the container-runtime bullet first for a Go and Linux containers posting', async () => {
    const s = scoreResume(posting(fixture('go-container-platform.txt')), await master());
    const ranked = [...s.bullets].sort((a, b) => b.score - a.score);
    expect(ranked[0]?.bulletId).toBe(CONTAINER_RUNTIME);
    const score = (id: string) => s.bullets.find((b) => b.bulletId === id)!.score;
    expect(score(CONTAINER_RUNTIME)).toBeGreaterThan(score(CUDA_KERNEL) + 30);
  });

  it('produces a result its own schema accepts, with scores in 0..100 and entries and sections scored', async () => {
    const s = scoreResume(posting(fixture('mlops-platform.txt')), await master());
    expect(ResumeScore.safeParse(s).success).toBe(true);
    expect(s.entries.find((e) => e.entryId === 'inference-engineer')!.score).toBeGreaterThan(
      s.entries.find((e) => e.entryId === 'h100-fp8-gemm-kernels-cutlass-study')!.score,
    );
    expect(s.sections.find((x) => x.kind === 'experience')!.score).toBeGreaterThan(0);
  });

  it("points every match span at the matched words of the bullet's plain text", async () => {
    const s = scoreResume(posting(fixture('gpu-kernel-engineer.txt')), await master());
    const b = s.bullets.find((x) => x.bulletId === CUDA_KERNEL)!;
    const at = (term: string) =>
      b.matches.filter((m) => m.term === term && m.kind !== 'related').map((m) => b.text.slice(m.start, m.end));
    expect(at('CUDA')).toEqual(['CUDA']);
    expect(at('Nsight Compute')).toEqual(['Nsight Compute']);
    expect(at('PyTorch')).toEqual(['PyTorch']);
    for (const m of b.matches) expect(b.text.slice(m.start, m.end).length).toBe(m.end - m.start);
  });

  it('explains each score: contributions add up to it', async () => {
    const s = scoreResume(posting(fixture('gpu-kernel-engineer.txt')), await master());
    for (const b of s.bullets) {
      const sum = b.matches.reduce((n, m) => n + m.contribution, 0) + b.context.reduce((n, c) => n + c.contribution, 0);
      expect(Math.abs(sum - b.score)).toBeLessThan(0.6);
    }
  });
});

describe('alias, stem and related matches', () => {
  const p = posting(
    'Requirements\n- Kubernetes and JavaScript in production\n- GPU programming for deep learning\n- Profiling of services with Nsight Systems\n- LLM inference at scale',
  );

  it('counts an alias fully', () => {
    const s = scoreText(p, 'Deployed k8s clusters for JS apps');
    const kinds = Object.fromEntries(s.matches.map((m) => [m.term, m.kind]));
    expect(kinds).toMatchObject({ Kubernetes: 'alias', JavaScript: 'alias' });
  });

  it('counts a stem match slightly less than the word itself', () => {
    const exact = scoreText(p, 'Profiling of the services with Nsight Systems');
    const stem = scoreText(p, 'Profiled the services with Nsight Systems');
    expect(stem.matches.find((m) => m.term === 'Profiling')?.kind).toBe('stem');
    expect(stem.score).toBeLessThan(exact.score);
    expect(stem.score).toBeGreaterThan(0);
  });

  it('gives a related skill partial credit: a CUDA kernel bullet partly matches "GPU programming"', () => {
    const related = scoreText(p, 'Wrote CUDA kernels');
    const m = related.matches.find((x) => x.term === 'GPU Programming');
    expect(m?.kind).toBe('related');
    expect(m?.via).toBe('CUDA');
    expect(related.score).toBeLessThan(scoreText(p, 'GPU programming in CUDA').score);
    expect(
      scoreText(p, 'Served models with vLLM').matches.some((x) => x.term === 'LLM Inference' && x.kind === 'related'),
    ).toBe(true);
  });
});

describe('match rate and missing keywords', () => {
  it('reports what the enabled lines cover, and lists missing and weak keywords by weight', async () => {
    // The summary is always printed, so it always counts; without one, hiding everything leaves nothing.
    const { summary: _summary, ...resume } = await master();
    const p = posting(fixture('go-container-platform.txt'));
    const all = scoreResume(p, resume);
    const none = computeMatchRate(all, {
      enabledBulletIds: new Set(),
      hiddenSkillGroupIds: new Set(resume.skills.map((g) => g.id)),
      hiddenSectionIds: new Set(resume.sections.map((s) => s.id)),
    });
    expect(none.matchRate).toBe(0);
    expect(none.missing.every((m) => m.status === 'missing')).toBe(true);
    expect(all.matchRate).toBeGreaterThan(none.matchRate);
    for (let i = 1; i < all.missing.length; i++)
      expect(all.missing[i]!.weight).toBeLessThanOrEqual(all.missing[i - 1]!.weight);
    expect(all.missing.map((m) => m.term)).toContain('Kubernetes');
    expect(all.missing.find((m) => m.term === 'Kubernetes')?.section).toBe('requirements');
    expect(all.missing.map((m) => m.term)).not.toContain('Go');
  });

  it('hiding an entry or a skill group takes its lines out of the match rate; visibility also parses from JSON', async () => {
    const resume = await master();
    const p = posting(fixture('go-container-platform.txt'));
    const all = scoreResume(p, resume);
    const hidden = computeMatchRate(
      all,
      VisibilityJson.parse({
        hiddenEntryIds: ['container-sandbox'],
        hiddenSkillGroupIds: resume.skills.map((g) => g.id),
      }),
    );
    expect(hidden.matchRate).toBeLessThan(all.matchRate);
    expect(hidden.missing.map((m) => m.term)).toContain('Go');
    const rescored = scoreResume(p, resume, VisibilityJson.parse({ hiddenEntryIds: ['container-sandbox'] }));
    expect(rescored.entries.find((e) => e.entryId === 'container-sandbox')?.score).toBe(0);
  });

  it('counts what entry headings and skill-group labels show ("ML Engineer Intern" shows machine learning)', async () => {
    const { summary: _summary, ...resume } = await master();
    const s = scoreResume(posting('Requirements\n- Machine learning in production\n- Kubernetes'), resume);
    expect(s.items.find((i) => i.id === 'ml-engineer-intern/heading')?.coverage.length).toBeGreaterThan(0);
    expect(s.missing.map((m) => m.term)).not.toContain('Machine Learning');
    const hidden = computeMatchRate(s, {
      hiddenEntryIds: new Set(['ml-engineer-intern', 'inference-engineer']),
      hiddenSkillGroupIds: new Set(resume.skills.map((g) => g.id)),
    });
    expect(hidden.matchRate).toBeLessThan(s.matchRate);
  });

  it('counts the summary and an entry description toward the rate, whatever is hidden', async () => {
    const resume = await master();
    const p = posting('Requirements\n- Kubernetes and Terraform\n- Technical writing');
    const withSummary = { ...resume, summary: 'Platform engineer who runs Kubernetes clusters with Terraform.' };
    const s = scoreResume(p, withSummary);
    const item = s.items.find((i) => i.source === 'summary' && i.ownerId === SUMMARY_OWNER);
    expect(item?.coverage.length).toBeGreaterThanOrEqual(2);
    const everythingHidden = computeMatchRate(s, {
      enabledBulletIds: new Set(),
      hiddenSkillGroupIds: new Set(resume.skills.map((g) => g.id)),
      hiddenSectionIds: new Set(resume.sections.map((sec) => sec.id)),
    });
    expect(everythingHidden.matchRate).toBeGreaterThan(0);
    expect(everythingHidden.missing.map((m) => m.term)).not.toContain('Kubernetes');
    const { summary: _summary, ...bare } = resume;
    const entry = bare.sections.flatMap((sec) => sec.entries)[0]!;
    const described = {
      ...bare,
      sections: bare.sections.map((sec) => ({
        ...sec,
        entries: sec.entries.map((e) =>
          e.id === entry.id ? { ...e, summary: 'Wrote the technical writing guide.' } : e,
        ),
      })),
    };
    const d = scoreResume(p, described);
    expect(d.items.find((i) => i.id === `${entry.id}/summary`)?.coverage.length).toBeGreaterThan(0);
  });

  it('rescoring one edited bullet changes that bullet and the match rate only', async () => {
    const resume = await master();
    const p = posting(fixture('go-container-platform.txt'));
    const before = scoreResume(p, resume);
    const after = rescoreBulletInResume(
      before,
      p,
      resume,
      'inference-engineer-2',
      'Ran the models on Kubernetes (k8s) with Docker and CI/CD pipelines.',
    );
    expect(after.matchRate).toBeGreaterThan(before.matchRate);
    expect(after.missing.map((m) => m.term)).not.toContain('Kubernetes');
    const changed = after.bullets.filter((b, i) => b !== before.bullets[i]).map((b) => b.bulletId);
    expect(changed).toEqual(['inference-engineer-2']);
  });
});
