/**
 * One cold start, in a fresh process (bench/suites/scoring.ts runs this file, bundled by esbuild as the app ships
 * and under tsx): prints one JSON line of timings. Everything is imported dynamically so that evaluating the
 * engine's modules (the taxonomy index JSON, zod schemas, natural) is measured, not done before the clock.
 *   --cold-child     the engine: modules, tables, first analyze + score, then a warm one
 *   --cold-baseline  natural's TfIdf cosine of the same posting and bullets
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/postings', name), 'utf8');
const postingText = () =>
  ['gpu-kernel-engineer.txt', 'mlops-platform.txt', 'go-container-platform.txt'].map(fixture).join('\n\n');
const masterJson = () =>
  JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'resumes', 'fixture-master.json'), 'utf8')) as unknown;

async function coldChild(): Promise<void> {
  const t0 = performance.now();
  await import('../src/core/job/natural-adapter');
  const t1 = performance.now();
  const match = await import('../src/core/match');
  const { validateResume } = await import('../src/core/resume/validate-resume');
  const { getTaxonomy } = await import('../src/core/skills/taxonomy');
  const t2 = performance.now();
  getTaxonomy();
  const t3 = performance.now();
  const v = validateResume(masterJson());
  if (!v.ok) throw new Error('tests/fixtures/resumes/fixture-master.json is not valid');
  const text = postingText();
  const t4 = performance.now();
  const r = match.analyzePosting(text);
  const t5 = performance.now();
  if (!r.ok) throw new Error(r.error);
  match.scoreResume(r.posting, v.resume);
  const t6 = performance.now();
  const again = match.analyzePosting(text);
  if (again.ok) match.scoreResume(again.posting, v.resume);
  const t7 = performance.now();
  console.log(
    JSON.stringify({
      natural: t1 - t0,
      imports: t2 - t1,
      taxonomy: t3 - t2,
      analyze: t5 - t4,
      score: t6 - t5,
      first: t3 - t2 + (t6 - t4),
      total: t3 - t0 + (t6 - t4),
      warm: t7 - t6,
    }),
  );
}

async function coldBaseline(): Promise<void> {
  const t0 = performance.now();
  const { tfidfRank } = await import('./tfidf-baseline');
  const { validateResume } = await import('../src/core/resume/validate-resume');
  const { allBullets } = await import('../src/core/resume/walk-resume');
  const { plainText } = await import('../src/core/resume/rich-text');
  const v = validateResume(masterJson());
  if (!v.ok) throw new Error('fixture master is not valid');
  const text = postingText();
  const bullets = allBullets(v.resume).map((p) => plainText(p.bullet.text));
  const cosines = tfidfRank(text, bullets);
  if (cosines.length !== bullets.length) throw new Error('baseline lost a bullet');
  console.log(JSON.stringify({ total: performance.now() - t0 }));
}

if (process.argv.includes('--cold-child')) await coldChild();
if (process.argv.includes('--cold-baseline')) await coldBaseline();
