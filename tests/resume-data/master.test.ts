// The only tests that read resume-data/: the person's own master resume, which the app saves over. Everything else
// runs on the invented person in tests/fixtures/resumes/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/core/import/import-text';
import { validateResume } from '../../src/core/resume/validate-resume';
import { DEFAULT_RESUME_PATH } from '../../src/node/load-resume';
import { ROOT } from '../support/run-cli';

const MASTER = path.join(ROOT, 'resume-data', 'master.json');
/** The text the master was imported from, kept beside the project (not in it). */
const SOURCE = path.join(ROOT, '..', 'shared', 'seed', 'master-resume.txt');
const hasSource = existsSync(SOURCE);
if (!hasSource) console.warn(`tests/resume-data: skipping the import check: ${SOURCE} is absent`);

describe('resume-data/master.json (the person’s own master)', () => {
  it('is where the app and the CLI look by default', () => {
    expect(DEFAULT_RESUME_PATH).toBe(MASTER);
  });

  it('is a valid master resume', () => {
    const v = validateResume(JSON.parse(readFileSync(MASTER, 'utf8')));
    expect(v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  it.skipIf(!hasSource)(`is exactly what the importer makes of its source text (${SOURCE})`, () => {
    const imported = importText(readFileSync(SOURCE, 'utf8'));
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.warnings).toEqual([]);
    expect(imported.resume).toEqual(JSON.parse(readFileSync(MASTER, 'utf8')));
  });
});
