// wink-bm25-text-search ships no types; these are the calls the eval baseline makes.
declare module 'wink-bm25-text-search' {
  interface Bm25Engine {
    defineConfig(cfg: { fldWeights: Record<string, number> }): void;
    definePrepTasks(tasks: ((text: string) => string[])[]): number;
    addDoc(doc: Record<string, string>, id: string): void;
    consolidate(): void;
    search(text: string, limit?: number): [string, number][];
  }
  const bm25: () => Bm25Engine;
  export default bm25;
}
