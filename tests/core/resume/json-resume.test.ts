import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fromJsonResume, toJsonResume } from '../../../src/core/resume/json-resume';
import { validateResume } from '../../../src/core/resume/validate-resume';
import type { Resume } from '../../../src/core/resume/schema';
import { MASTER, ROOT } from '../../support/run-cli';

const schemaDir = path.join(ROOT, 'node_modules', '@jsonresume', 'schema');
const officialSchema = JSON.parse(readFileSync(path.join(schemaDir, 'schema.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateOfficial = ajv.compile(officialSchema);

function loadMaster(): Resume {
  const r = validateResume(JSON.parse(readFileSync(MASTER, 'utf8')));
  if (!r.ok) throw new Error('master.json invalid');
  return r.resume;
}

function importOk(value: unknown): Resume {
  const r = fromJsonResume(value);
  if (!r.ok) throw new Error(`${r.error}: ${(r.problems ?? []).join('; ')}`);
  return r.resume;
}

const withoutTailorMeta = (j: Record<string, unknown>) => {
  const copy = structuredClone(j);
  const meta = copy.meta as Record<string, unknown> | undefined;
  if (meta) {
    delete meta.tailor;
    if (!Object.keys(meta).length) delete copy.meta;
  }
  return copy;
};

describe('JSON Resume', () => {
  it('exports the master in a form the official schema accepts', () => {
    const exported = toJsonResume(loadMaster());
    expect(validateOfficial(exported), JSON.stringify(validateOfficial.errors)).toBe(true);
    expect((exported.work as unknown[]).length).toBe(2);
    expect((exported.projects as unknown[]).length).toBe(5);
  });

  it('round-trips the master: every bullet, entry field, id and heading comes back', () => {
    const master = loadMaster();
    const back = importOk(JSON.parse(JSON.stringify(toJsonResume(master))));
    expect(back).toEqual(master);
  });

  it('carries texts in the standard fields, not only in meta (a theme sees every bullet)', () => {
    const exported = toJsonResume(loadMaster());
    const work = exported.work as { position: string; name: string; highlights: string[] }[];
    expect(work[0]).toMatchObject({
      position: 'Inference Engineer',
      name: 'Fernhill Health Systems (2M+ Patients)',
      startDate: '2024-03',
      endDate: '2025-10',
    });
    expect(work[0]?.highlights[1]).toBe(
      'Led the move of model serving to **Serverless Microservices** on GCP Cloud Run, sizing instances to uneven traffic and compute limits.',
    );
    const education = exported.education as Record<string, unknown>[];
    expect(education[0]).toMatchObject({
      institution: 'Northfield Institute of Technology',
      area: 'Master of Science (M.S.) in Computer Engineering',
    });
    expect(education[0]).not.toHaveProperty('endDate');
  });

  const samples = ['sample.resume.json', ...readdirSync(path.join(schemaDir, 'examples')).map((f) => `examples/${f}`)];
  it.each(samples)('imports %s from the schema package without loss and writes it back the same', (file) => {
    const original = JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as Record<string, unknown>;
    const resume = importOk(original);
    // Every highlight, course and keyword is a bullet or tech item of the right entry.
    for (const [key, items] of Object.entries(original)) {
      if (!Array.isArray(items) || key === 'skills') continue;
      for (const item of items as Record<string, unknown>[]) {
        for (const field of ['highlights', 'courses'] as const) {
          const texts = (item[field] as string[] | undefined) ?? [];
          for (const t of texts)
            expect(JSON.stringify(resume)).toContain(JSON.stringify(t).slice(1, -1).replace(/\*\*/g, ''));
        }
      }
    }
    const back = toJsonResume(resume);
    expect(withoutTailorMeta(back)).toEqual(original);
    expect(validateOfficial(back), JSON.stringify(validateOfficial.errors)).toBe(true);
  });

  it('maps an edited imported entry back to the standard fields and keeps the fields Tailor does not model', () => {
    const original = JSON.parse(readFileSync(path.join(schemaDir, 'sample.resume.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const resume = importOk(original);
    const job = resume.sections.find((s) => s.kind === 'experience')?.entries[0];
    if (!job) throw new Error('no job');
    job.title = 'Founder & CEO';
    const back = toJsonResume(resume) as { work: Record<string, unknown>[] };
    expect(back.work[0]).toMatchObject({
      position: 'Founder & CEO',
      name: 'Pied Piper',
      description: 'Awesome compression company',
    });
  });

  it('explains what is wrong with a file that is not JSON Resume', () => {
    expect(fromJsonResume([1, 2])).toEqual({
      ok: false,
      error: 'a JSON Resume file must be an object with a "basics" field',
    });
    expect(fromJsonResume({ basics: { label: 'x' } })).toEqual({
      ok: false,
      error: 'basics.name is required: the resume needs a name',
    });
  });
});
