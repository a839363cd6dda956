import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';

/** The baseline: natural's TfIdf over the posting and the bullets, cosine of each bullet with the posting. */
export function tfidfRank(posting: string, bullets: string[]): number[] {
  const t = new TfIdf();
  t.addDocument(posting);
  for (const b of bullets) t.addDocument(b);
  const vec = (d: number) => new Map(t.listTerms(d).map((x) => [x.term, x.tfidf]));
  const p = vec(0);
  let np = 0;
  for (const w of p.values()) np += w * w;
  return bullets.map((_, i) => {
    let dot = 0;
    let nb = 0;
    for (const [term, w] of vec(i + 1)) {
      dot += w * (p.get(term) ?? 0);
      nb += w * w;
    }
    return nb && np ? dot / Math.sqrt(nb * np) : 0;
  });
}
