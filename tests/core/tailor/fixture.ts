import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resume } from '../../../src/core/resume/schema';
import { editVariant, newVariant, Variant, VARIANT_SCHEMA_VERSION, type VariantEdit } from '../../../src/core/tailor';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/variants');

/** The small master resume we wrote for these tests (2 experience entries, 2 projects, skills, education). */
export function loadMaster(): Resume {
  return Resume.parse(JSON.parse(readFileSync(path.join(FIXTURES, 'master.json'), 'utf8')));
}

export function freshVariant(master: Resume, id = 'test0001'): Variant {
  return newVariant(master, { company: 'Acme', role: 'Engineer' }, { id, now: '2026-03-01T10:00:00.000Z' });
}

export function bulletIds(r: Resume): string[] {
  return r.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id)));
}

export function entryBullets(r: Resume, entryId: string): string[] {
  return r.sections.flatMap((s) =>
    s.entries.filter((e) => e.id === entryId).flatMap((e) => e.bullets.map((b) => b.id)),
  );
}

/** A copy of the master with one more bullet at the end of an entry. */
export function withBullet(master: Resume, entryId: string, id: string, text: string, at?: number): Resume {
  const m = structuredClone(master);
  for (const s of m.sections)
    for (const e of s.entries)
      if (e.id === entryId) e.bullets.splice(at ?? e.bullets.length, 0, { id, text: [{ text }] });
  return m;
}

export function withoutItem(master: Resume, id: string): Resume {
  const m = structuredClone(master);
  m.sections = m.sections.filter((s) => s.id !== id);
  for (const s of m.sections) {
    s.entries = s.entries.filter((e) => e.id !== id);
    for (const e of s.entries) e.bullets = e.bullets.filter((b) => b.id !== id);
  }
  return m;
}

export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** A variant with every field away from its default, so a field dropped on the way shows up as a difference. */
export const EVERY_FIELD: Variant = Variant.parse({
  schemaVersion: VARIANT_SCHEMA_VERSION,
  id: 'every0field',
  revision: 7,
  company: 'Zürich Instruments — Ünïcødé ✓',
  role: 'GPU Kernel Engineer',
  posting: {
    text: 'Line one.\nLine two with "quotes" and a tab\there.',
    url: 'https://jobs.example.com/zi?id=7&x=%20',
  },
  status: 'interviewing',
  notes: 'Recruiter: Dana.\nSecond round on Friday 🙂',
  createdAt: '2026-02-01T08:00:00.000Z',
  updatedAt: '2026-02-03T18:45:12.345+02:00',
  template: 'compact',
  pageTarget: 2,
  tailoring: {
    sectionOrder: ['projects', 'experience', 'skills', 'education'],
    entryOrder: {
      experience: ['globex-2022', 'acme-2024'],
      projects: ['runtime', 'gemm'],
      skills: [],
      education: ['uni'],
    },
    bulletOrder: {
      'acme-2024': ['acme-oncall', 'acme-k8s', 'acme-kernels'],
      'globex-2022': ['globex-docs', 'globex-go'],
      gemm: ['gemm-rank', 'gemm-perf'],
      runtime: ['runtime-ns'],
      uni: [],
    },
    hidden: { sections: ['education'], entries: ['runtime'], bullets: ['acme-oncall', 'gemm-rank'] },
    rewording: {
      'acme-k8s': {
        text: [{ text: 'Moved the fleet to ' }, { text: 'Kubernetes', bold: true }, { text: ' (k8s)', italic: true }],
        masterText: 'Moved the batch fleet to Kubernetes with zero downtime.',
      },
      'gone-bullet': { text: [{ text: 'An orphan.' }], masterText: 'It was deleted.' },
    },
    keywords: { added: ['CUDA', 'Triton'], removed: ['Java'], boosted: ['Kubernetes'] },
    manual: {
      sectionOrder: true,
      entryOrder: ['experience'],
      bulletOrder: ['acme-2024'],
      visibility: ['acme-oncall', 'education'],
    },
  },
  exportHistory: [
    {
      at: '2026-02-02T09:00:00.000Z',
      format: 'pdf',
      template: 'compact',
      fileName: 'Ada Example — Zürich Instruments.pdf',
    },
    { at: '2026-02-03T09:00:00.000Z', format: 'docx', template: 'classic', fileName: 'resume.docx' },
  ],
});

/** Applies edits in turn, as the person would; an edit the model refuses fails the test with its reason. */
export function applyEdits(master: Resume, v: Variant, ...edits: VariantEdit[]): Variant {
  let out = v;
  for (const e of edits) {
    const r = editVariant(master, out, e);
    if (!r.ok) throw new Error(r.error);
    out = r.variant;
  }
  return out;
}
