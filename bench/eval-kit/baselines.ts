/**
 * The two baselines `npm run eval` compares with, run in the same process on the same texts: natural's TfIdf
 * cosine between the posting and each bullet, and BM25 (wink-bm25-text-search) with the posting as the query.
 */
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import bm25 from 'wink-bm25-text-search';
import { naturalStopwords, stem } from '../../src/core/job/natural-adapter';

export interface EvalBullet {
  id: string;
  text: string;
}

export function tfidfScores(posting: string, bullets: readonly EvalBullet[]): Map<string, number> {
  const t = new TfIdf();
  t.addDocument(posting);
  for (const b of bullets) t.addDocument(b.text);
  const vec = (d: number) => new Map(t.listTerms(d).map((x) => [x.term, x.tfidf]));
  const p = vec(0);
  let np = 0;
  for (const w of p.values()) np += w * w;
  const out = new Map<string, number>();
  bullets.forEach((b, i) => {
    let dot = 0;
    let nb = 0;
    for (const [term, w] of vec(i + 1)) {
      dot += w * (p.get(term) ?? 0);
      nb += w * w;
    }
    out.set(b.id, nb && np ? dot / Math.sqrt(nb * np) : 0);
  });
  return out;
}

const stop = new Set(naturalStopwords);
const words = (s: string) =>
  (s.toLowerCase().match(/[a-z0-9+#]+/g) ?? [])
    .filter((t) => !stop.has(t))
    .map((t) => (/^[a-z]+$/.test(t) ? stem(t) : t));

export function bm25Scores(posting: string, bullets: readonly EvalBullet[]): Map<string, number> {
  const engine = bm25();
  engine.defineConfig({ fldWeights: { body: 1 } });
  engine.definePrepTasks([words]);
  bullets.forEach((b, i) => engine.addDoc({ body: b.text }, String(i)));
  engine.consolidate();
  const out = new Map<string, number>(bullets.map((b) => [b.id, 0]));
  for (const [i, score] of engine.search(posting, bullets.length) as [string, number][])
    out.set((bullets[Number(i)] as EvalBullet).id, score);
  return out;
}
