/**
 * `npm run eval`: ranking quality on real postings (../shared/eval, never copied into the project).
 * For each labeled posting, ranks the master resume's bullets with our scorer and two baselines computed in the
 * same run (natural's TfIdf cosine, token Jaccard) and prints NDCG@5/@10, then keyword precision@15 / recall.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { naturalStopwords } from '../src/core/job/natural-adapter';
import { analyzePosting, scoreResume, type Keyword } from '../src/core/match';
import { stemKeyOf, tokenize } from '../src/core/job/tokenize';
import { lookupSkill } from '../src/core/skills/taxonomy';
import { plainText } from '../src/core/resume/rich-text';
import { allBullets } from '../src/core/resume/walk-resume';
import { importText } from '../src/core/import/import-text';
import { printTable } from './bench-kit';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(projectRoot, '..', 'shared', 'eval');

interface Labels {
  postings: Record<string, { relevance: Record<string, number>; gold_keywords: string[] }>;
}

if (!existsSync(path.join(evalDir, 'dev-labels.json'))) {
  console.error(`eval: no evaluation data at ${evalDir} (expected dev-labels.json, bullets.json and postings/).`);
  console.error('eval: the benchmark reads real postings kept outside the project; nothing was evaluated.');
  process.exit(1);
}

const labels = JSON.parse(readFileSync(path.join(evalDir, 'dev-labels.json'), 'utf8')) as Labels;
const evalBullets = (
  JSON.parse(readFileSync(path.join(evalDir, 'bullets.json'), 'utf8')) as { bullets: { id: string; text: string }[] }
).bullets;
// The eval is of the seed person's resume: imported from its source text here, never read from resume-data/ (which
// the app saves over).
const seedFile = path.resolve(projectRoot, '..', 'shared', 'seed', 'master-resume.txt');
if (!existsSync(seedFile)) {
  console.error(`eval: no seed resume at ${seedFile}; nothing was evaluated.`);
  process.exit(1);
}
const loaded = importText(readFileSync(seedFile, 'utf8'));
if (!loaded.ok) {
  console.error(`eval: cannot import the seed resume ${seedFile}: ${loaded.error}`);
  process.exit(1);
}
const resume = loaded.resume;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

// Eval ids -> master bullets, by whitespace-normalized plain text.
const masterOrder = allBullets(resume).map((p) => ({ id: p.bullet.id, text: norm(plainText(p.bullet.text)) }));
const evalToMaster = new Map<string, string>();
for (const b of evalBullets) {
  const m = masterOrder.find((x) => x.text === norm(b.text));
  if (m) evalToMaster.set(b.id, m.id);
  else console.error(`eval: bullet ${b.id} has no equal bullet in the master resume; it is ranked last`);
}
const position = new Map(masterOrder.map((x, i) => [x.id, i]));

const stop = new Set(naturalStopwords);
const tokens = (s: string) => (s.toLowerCase().match(/[a-z0-9+#]+(?:\.[a-z0-9]+)*/g) ?? []).filter((t) => !stop.has(t));

/** One gold alternative matches a keyword when both name the same taxonomy skill or have the same stems. */
function sameThing(k: Keyword, alt: string): boolean {
  const skill = lookupSkill(alt);
  if (skill && (k.skillId === skill.id || k.members?.some((m) => m.skillId === skill.id))) return true;
  const key = stemKeyOf(tokenize(alt.toLowerCase()));
  return key === k.key || key === stemKeyOf(tokenize(k.term.toLowerCase()));
}

/** precision@k: share of our keywords matching some gold keyword; recall: share of gold keywords (any alternative) among ours. */
function goldMatches(
  top: readonly Keyword[],
  gold: readonly string[],
): { precision: number; recall: number; missed: string[] } {
  const alts = gold.map((g) => g.split('|').map((a) => a.trim()));
  const hit = (k: Keyword) => alts.some((as) => as.some((a) => sameThing(k, a)));
  const precision = top.length ? top.filter(hit).length / top.length : 0;
  const missed = alts.filter((as) => !top.some((k) => as.some((a) => sameThing(k, a)))).map((as) => as.join('|'));
  return { precision, recall: gold.length ? (gold.length - missed.length) / gold.length : 0, missed };
}

function ndcg(ranked: string[], rel: Record<string, number>, k: number): number {
  const gain = (r: number) => 2 ** r - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => (dcg += gain(rel[id] ?? 0) / Math.log2(i + 2)));
  const ideal = Object.values(rel).sort((a, b) => b - a);
  let idcg = 0;
  ideal.slice(0, k).forEach((r, i) => (idcg += gain(r) / Math.log2(i + 2)));
  return idcg > 0 ? dcg / idcg : 0;
}

/** Eval ids ordered by score, ties broken by position in the master. */
function rank(scores: Map<string, number>): string[] {
  return evalBullets
    .map((b) => b.id)
    .sort(
      (a, b) =>
        (scores.get(b) ?? -1) - (scores.get(a) ?? -1) ||
        (position.get(evalToMaster.get(a) ?? '') ?? 99) - (position.get(evalToMaster.get(b) ?? '') ?? 99),
    );
}

function tfidfScores(posting: string): Map<string, number> {
  const t = new TfIdf();
  t.addDocument(posting);
  for (const b of evalBullets) t.addDocument(b.text);
  const vec = (d: number) => new Map(t.listTerms(d).map((x) => [x.term, x.tfidf]));
  const p = vec(0);
  const out = new Map<string, number>();
  evalBullets.forEach((b, i) => {
    const v = vec(i + 1);
    let dot = 0;
    let nb = 0;
    for (const [term, w] of v) {
      dot += w * (p.get(term) ?? 0);
      nb += w * w;
    }
    let np = 0;
    for (const w of p.values()) np += w * w;
    out.set(b.id, nb && np ? dot / Math.sqrt(nb * np) : 0);
  });
  return out;
}

function jaccardScores(posting: string): Map<string, number> {
  const p = new Set(tokens(posting));
  const out = new Map<string, number>();
  for (const b of evalBullets) {
    const s = new Set(tokens(b.text));
    let inter = 0;
    for (const t of s) if (p.has(t)) inter++;
    out.set(b.id, inter / (p.size + s.size - inter || 1));
  }
  return out;
}

const rows: (string | number)[][] = [];
const kwRows: (string | number)[][] = [];
const sums = { o5: 0, o10: 0, t5: 0, t10: 0, j5: 0, j10: 0, p: 0, r: 0 };
const names = Object.keys(labels.postings).sort();
for (const name of names) {
  const { relevance, gold_keywords } = labels.postings[name] as Labels['postings'][string];
  const text = readFileSync(path.join(evalDir, 'postings', name), 'utf8');
  const analyzed = analyzePosting(text);
  if (!analyzed.ok) {
    console.error(`eval: ${name}: ${analyzed.error}`);
    process.exit(1);
  }
  const score = scoreResume(analyzed.posting, resume);
  const byMaster = new Map(score.bullets.map((b) => [b.bulletId, b.score]));
  const ours = new Map(evalBullets.map((b) => [b.id, byMaster.get(evalToMaster.get(b.id) ?? '') ?? -1]));
  const o = rank(ours);
  const t = rank(tfidfScores(text));
  const j = rank(jaccardScores(text));
  const r = {
    o5: ndcg(o, relevance, 5),
    o10: ndcg(o, relevance, 10),
    t5: ndcg(t, relevance, 5),
    t10: ndcg(t, relevance, 10),
    j5: ndcg(j, relevance, 5),
    j10: ndcg(j, relevance, 10),
  };
  for (const k of Object.keys(r) as (keyof typeof r)[]) sums[k] += r[k];
  rows.push([name.replace(/\.txt$/, ''), ...[r.o5, r.o10, r.t5, r.t10, r.j5, r.j10].map((x) => x.toFixed(3))]);

  const top: Keyword[] = analyzed.posting.keywords.slice(0, 15);
  const { precision, recall, missed } = goldMatches(top, gold_keywords);
  sums.p += precision;
  sums.r += recall;
  kwRows.push([name.replace(/\.txt$/, ''), precision.toFixed(2), recall.toFixed(2), missed.join('; ')]);
  if (process.argv.includes('--verbose')) {
    console.log(`\n${name}: ${o.map((id) => `${id}(${relevance[id]}:${ours.get(id)?.toFixed(0)})`).join(' ')}`);
    console.log(`  keywords: ${top.map((k) => k.term).join(', ')}`);
  }
}
const n = names.length;
const avg = (x: number) => (x / n).toFixed(3);
rows.push(['AVERAGE', avg(sums.o5), avg(sums.o10), avg(sums.t5), avg(sums.t10), avg(sums.j5), avg(sums.j10)]);
printTable(
  `Bullet ranking on ${n} dev postings (NDCG, gain 2^rel-1)`,
  ['posting', 'ours@5', 'ours@10', 'tfidf@5', 'tfidf@10', 'jaccard@5', 'jaccard@10'],
  rows,
);
const best5 = Math.max(sums.t5, sums.j5) / n;
console.log(
  `\nours NDCG@5 ${avg(sums.o5)} vs better baseline ${best5.toFixed(3)}: margin ${(sums.o5 / n - best5).toFixed(3)} (target: ours >= 0.85 and margin >= 0.08)`,
);
kwRows.push(['AVERAGE', avg(sums.p).slice(0, 4), avg(sums.r).slice(0, 4), '']);
printTable(
  'Keywords: our top 15 vs gold_keywords (alias-aware)',
  ['posting', 'P@15', 'recall', 'gold keywords not in our top 15'],
  kwRows,
);
console.log(`\nkeyword recall ${avg(sums.r)} (target >= 0.8)`);
