/**
 * The two labeled sets `npm run eval` reads from ../shared/eval (never copied into the project): the seed resume
 * with its dev postings, and five resumes of other professions (multi/), each imported from its .txt with our
 * importer, as a person would.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importText } from '../../src/core/import/import-text';
import { plainText } from '../../src/core/resume/rich-text';
import type { Resume } from '../../src/core/resume/schema';
import { allBullets } from '../../src/core/resume/walk-resume';
import type { EvalBullet } from './baselines';

export type PostingKind = 'strong' | 'adjacent' | 'unrelated';

export interface EvalCase {
  set: 'seed' | 'multi';
  resumeId: string;
  posting: string;
  text: string;
  kind: PostingKind;
  relevance: Record<string, number>;
  gold: string[];
}

export interface EvalResume {
  set: 'seed' | 'multi';
  id: string;
  resume: Resume;
  /** Eval bullets in resume order, with the master bullet id each one is (undefined: not found after import). */
  bullets: (EvalBullet & { masterId: string | undefined })[];
}

const norm = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

function mapBullets(resume: Resume, bullets: EvalBullet[], label: string): EvalResume['bullets'] {
  const master = allBullets(resume).map((p) => ({ id: p.bullet.id, text: norm(plainText(p.bullet.text)) }));
  return bullets.map((b) => {
    const m = master.find((x) => x.text === norm(b.text));
    if (!m) console.error(`eval: ${label} bullet ${b.id} has no equal bullet in the imported resume; it ranks last`);
    return { id: b.id, text: norm(b.text), masterId: m?.id };
  });
}

export function loadSeed(evalDir: string, resume: Resume): { resume: EvalResume; cases: EvalCase[] } {
  const labels = JSON.parse(readFileSync(path.join(evalDir, 'dev-labels.json'), 'utf8')) as {
    postings: Record<string, { relevance: Record<string, number>; gold_keywords: string[] }>;
  };
  const bullets = (JSON.parse(readFileSync(path.join(evalDir, 'bullets.json'), 'utf8')) as { bullets: EvalBullet[] })
    .bullets;
  const cases = Object.keys(labels.postings)
    .sort()
    .map((name): EvalCase => {
      const l = labels.postings[name] as { relevance: Record<string, number>; gold_keywords: string[] };
      return {
        set: 'seed',
        resumeId: 'seed',
        posting: name,
        text: readFileSync(path.join(evalDir, 'postings', name), 'utf8'),
        kind: 'strong',
        relevance: l.relevance,
        gold: l.gold_keywords,
      };
    });
  return { resume: { set: 'seed', id: 'seed', resume, bullets: mapBullets(resume, bullets, 'seed') }, cases };
}

interface MultiLabels {
  resumes: Record<
    string,
    {
      postings: Record<string, { relevance: Record<string, number>; gold_keywords: string[] }>;
      strong: string[];
      adjacent: string[];
      unrelated: string[];
    }
  >;
}

export function loadMulti(evalDir: string): { resumes: EvalResume[]; cases: EvalCase[] } | undefined {
  const dir = path.join(evalDir, 'multi');
  if (!existsSync(path.join(dir, 'dev-labels.json'))) return undefined;
  const labels = JSON.parse(readFileSync(path.join(dir, 'dev-labels.json'), 'utf8')) as MultiLabels;
  const resumes: EvalResume[] = [];
  const cases: EvalCase[] = [];
  for (const id of Object.keys(labels.resumes).sort()) {
    const r = labels.resumes[id] as MultiLabels['resumes'][string];
    const imported = importText(readFileSync(path.join(dir, 'resumes', `${id}.txt`), 'utf8'));
    if (!imported.ok) throw new Error(`eval: resumes/${id}.txt does not import: ${imported.error}`);
    const bullets = (
      JSON.parse(readFileSync(path.join(dir, 'resumes', `${id}.json`), 'utf8')) as { bullets: EvalBullet[] }
    ).bullets;
    resumes.push({ set: 'multi', id, resume: imported.resume, bullets: mapBullets(imported.resume, bullets, id) });
    for (const name of Object.keys(r.postings).sort()) {
      const l = r.postings[name] as { relevance: Record<string, number>; gold_keywords: string[] };
      const kind: PostingKind = r.strong.includes(name)
        ? 'strong'
        : r.adjacent.includes(name)
          ? 'adjacent'
          : 'unrelated';
      cases.push({
        set: 'multi',
        resumeId: id,
        posting: name,
        text: readFileSync(path.join(dir, 'postings', name), 'utf8'),
        kind,
        relevance: l.relevance,
        gold: l.gold_keywords,
      });
    }
  }
  return { resumes, cases };
}
