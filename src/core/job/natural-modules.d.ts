// natural ships types only for its package root; these are the deep modules the adapter loads (see natural-adapter.ts).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/ngrams/ngrams.js' {
  const NGrams: { ngrams<T>(sequence: T[], n: number): T[][] };
  export default NGrams;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  class TfIdf {
    addDocument(doc: string | string[], key?: unknown): void;
    tfidfs(terms: string | string[], callback?: (i: number, measure: number) => void): number[];
    listTerms(d: number): { term: string; tfidf: number }[];
    idf(term: string): number;
  }
  export default TfIdf;
}
