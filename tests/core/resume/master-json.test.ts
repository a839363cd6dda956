import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/import-text';
import { allBullets, countResume } from '../../../src/core/resume/walk-resume';
import { toInlineMarkdown } from '../../../src/core/resume/rich-text';
import { validateResume } from '../../../src/core/resume/validate-resume';
import { MASTER, ROOT } from '../../support/run-cli';

// The fixture person's resume as text and as the importer made it (tests/resume-data/ checks the person's own).
const seedPath = path.join(ROOT, 'tests', 'fixtures', 'resumes', 'fixture-master.txt');
const seed = readFileSync(seedPath, 'utf8');
const masterJson: unknown = JSON.parse(readFileSync(MASTER, 'utf8'));
const checked = validateResume(masterJson);
if (!checked.ok) throw new Error(`fixture-master.json is invalid: ${JSON.stringify(checked.problems)}`);
const master = checked.resume;
const seedBullets = seed
  .split('\n')
  .filter((l) => /^- /.test(l))
  .map((l) => l.slice(2).trim());

describe('the fixture master (tests/fixtures/resumes/fixture-master.json)', () => {
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
      name: 'Mara Lindqvist',
      phone: '+1 555 014 2286',
      email: 'mara.lindqvist@example.com',
      location: 'Seattle, Washington',
    });
    expect(master.basics.links.map((l) => l.label)).toEqual(['Portfolio', 'LinkedIn', 'Github']);
    expect(master.summary).toMatch(/^Performance-minded ML systems engineer .* plain CUDA C\+\+\.$/);
    expect(master.skills.map((g) => [g.label, g.items.length])).toEqual([
      ['Languages & Systems', 8],
      ['ML Serving & Compilers', 6],
      ['Profiling & Performance', 5],
    ]);
    const projects = master.sections.find((s) => s.kind === 'projects')?.entries ?? [];
    expect(projects.map((e) => [e.title, e.tech.join(', '), e.links.map((l) => l.label).join(' | ')])).toEqual([
      ['Speculative Decoding Server for Mistral-7B', 'Triton, PyTorch, Nsight Systems', 'Blog | Github'],
      ['H100 FP8 GEMM Kernels & CUTLASS Study', 'CUDA, CUTLASS', 'Leaderboard | Github'],
      ['Speech Model Inference (Encoder-Decoder & Streaming)', 'PyTorch, CUDA', 'Blog | Github'],
      ['ML Compiler & Runtime Internals', 'CUDA, C++', 'Github | Blog'],
      ['Container Sandbox', 'Go', 'Github'],
    ]);
    const pubs = master.sections.find((s) => s.kind === 'publications')?.entries[0];
    expect(pubs?.links).toEqual([{ label: 'mara.example.com/notes', url: 'https://mara.example.com/notes' }]);
    const jobs = master.sections.find((s) => s.kind === 'experience')?.entries ?? [];
    expect(jobs.map((e) => [e.title, e.organization, e.location, e.start, e.end])).toEqual([
      ['Inference Engineer', 'Fernhill Health Systems (2M+ Patients)', 'Portland, Oregon', '2024-03', '2025-10'],
      ['ML Engineer Intern', 'Quillfeather Analytics', 'Remote', '2023-06', '2023-09'],
    ]);
    const schools = master.sections.find((s) => s.kind === 'education')?.entries ?? [];
    expect(schools.map((e) => [e.organization, e.title, e.location, e.start, e.end])).toEqual([
      [
        'Northfield Institute of Technology',
        'Master of Science (M.S.) in Computer Engineering',
        'Seattle, Washington',
        undefined,
        'present',
      ],
      [
        'Riverside State College',
        'Bachelor of Science in Computer Science',
        'Tacoma, Washington',
        '2019-09',
        '2023-05',
      ],
    ]);
  });

  it('drops no word of the seed', () => {
    const haystack = JSON.stringify(master).toLowerCase();
    const dateWord = /^(mar|oct|jun|sep|may|present|\d{4}|–)$/i;
    for (const line of seed.split('\n')) {
      for (const word of line.replace(/\*\*|\[|\]\(#\)|\]\(|\(#\)|\*/g, ' ').split(/[\s|]+/)) {
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
