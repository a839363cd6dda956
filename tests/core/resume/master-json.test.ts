import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/import-text';
import { allBullets, countResume } from '../../../src/core/resume/walk-resume';
import { toInlineMarkdown } from '../../../src/core/resume/rich-text';
import { validateResume } from '../../../src/core/resume/validate-resume';
import { MASTER, ROOT } from '../../support/run-cli';

const seedPath = path.join(ROOT, '..', 'shared', 'seed', 'master-resume.txt');
const seed = readFileSync(seedPath, 'utf8');
const masterJson: unknown = JSON.parse(readFileSync(MASTER, 'utf8'));
const checked = validateResume(masterJson);
if (!checked.ok) throw new Error(`master.json is invalid: ${JSON.stringify(checked.problems)}`);
const master = checked.resume;
const seedBullets = seed
  .split('\n')
  .filter((l) => /^- /.test(l))
  .map((l) => l.slice(2).trim());

describe('resume-data/master.json', () => {
  it('holds every seed bullet, word for word, with its bold spans as bold runs', () => {
    const ours = allBullets(master).map((b) => b.bullet.text);
    expect(seedBullets).toHaveLength(17);
    expect(ours.map((r) => toInlineMarkdown(r))).toEqual(seedBullets);
    seedBullets.forEach((line, i) => {
      const bolds = [...line.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]);
      const runs = ours[i] ?? [];
      expect(runs.filter((r) => r.bold).map((r) => r.text)).toEqual(bolds);
      expect(runs.some((r) => r.text.includes('**'))).toBe(false);
    });
  });

  it('has 17 bullets under projects, publications and experience, and the five sections of the seed', () => {
    expect(master.sections.map((s) => s.kind)).toEqual([
      'skills',
      'projects',
      'publications',
      'experience',
      'education',
    ]);
    const byKind = (k: string) =>
      master.sections.filter((s) => s.kind === k).flatMap((s) => s.entries.flatMap((e) => e.bullets));
    expect(byKind('projects')).toHaveLength(10);
    expect(byKind('publications')).toHaveLength(3);
    expect(byKind('experience')).toHaveLength(4);
    expect(countResume(master)).toEqual({ sections: 5, entries: 10, bullets: 17 });
  });

  it('keeps the contact line, summary, skill groups, tech lines, link labels, dates and places', () => {
    expect(master.basics).toMatchObject({
      name: 'Darshan Baslani',
      phone: '+91 77779 33517',
      email: 'dcbaslani@gmail.com',
    });
    expect(master.basics.links.map((l) => l.label)).toEqual(['Portfolio', 'LinkedIn', 'Github']);
    expect(master.summary).toMatch(/^Intensely curious .* state-of-the-art accelerators\.$/);
    expect(master.skills.map((g) => [g.label, g.items.length])).toEqual([
      ['Low-Level & Systems', 7],
      ['ML Inference & Compilers', 6],
      ['Performance Engineering', 6],
    ]);
    const projects = master.sections.find((s) => s.kind === 'projects')?.entries ?? [];
    expect(projects.map((e) => [e.title, e.tech.join(', '), e.links.map((l) => l.label).join(' | ')])).toEqual([
      ['Qwen3.5 High-Throughput Inference Engine', 'Triton, Tile_lang, PyTorch Profiler', 'Blog | Github'],
      ['Blackwell B200 GEMM Optimization & CuTe Architecture', 'CUDA, CuTe', 'Leaderboard | Github'],
      ['Gen AI Inference Optimization (Denoising & Autoregressive)', 'PyTorch, CUDA', 'Blog | Github'],
      ['Low-Level ML Frameworks & Compilers', 'CUDA, C++', 'Github | Blog'],
      ['Systems Engineering', 'Go', 'Github'],
    ]);
    const pubs = master.sections.find((s) => s.kind === 'publications')?.entries[0];
    expect(pubs?.links).toEqual([{ label: 'dcbasiani.xyz/blog', url: 'https://dcbasiani.xyz/blog' }]);
    const jobs = master.sections.find((s) => s.kind === 'experience')?.entries ?? [];
    expect(jobs.map((e) => [e.title, e.organization, e.location, e.start, e.end])).toEqual([
      ['AI Engineer Intern', 'Eduator App (1M+ Users)', 'Palanpur, Gujarat', '2025-02', '2025-04'],
      ['ML Engineer Intern', 'Machine Learning Studies', 'Remote', '2025-05', '2025-07'],
    ]);
    const schools = master.sections.find((s) => s.kind === 'education')?.entries ?? [];
    expect(schools.map((e) => [e.organization, e.title, e.location, e.start, e.end])).toEqual([
      [
        'Dayananda Sagar University',
        'Master of Science (M.Sc.) in Data Science',
        'Bangalore, India',
        undefined,
        'present',
      ],
      ['B.K. Mehta College', 'Bachelor of Computer Applications', 'Palanpur, Gujarat', '2022-06', '2025-03'],
    ]);
  });

  it('drops no word of the seed', () => {
    const haystack = JSON.stringify(master).toLowerCase();
    const dateWord = /^(feb|april|may|july|june|mar|present|\d{4}|–)$/i;
    for (const line of seed.split('\n')) {
      for (const word of line.replace(/\*\*|\[|\]\(#\)|\(#\)|\*/g, ' ').split(/[\s|]+/)) {
        const w = word.replace(/^[^\p{L}\p{N}+#]+|[^\p{L}\p{N}+#%]+$/gu, '').toLowerCase();
        if (!w || dateWord.test(w)) continue;
        expect(haystack, `seed word "${w}" from line: ${line}`).toContain(w);
      }
    }
  });

  it('is exactly what the importer makes of the seed', () => {
    const imported = importText(seed);
    expect(imported.ok).toBe(true);
    if (imported.ok) {
      expect(imported.warnings).toEqual([]);
      expect(imported.resume).toEqual(master);
    }
  });
});
