/** A shown bullet as the page-target note weighs it. */
export interface ShownBullet {
  id: string;
  text: string;
  /** Relevance to the posting, 0-100; null when there is no posting. */
  score: number | null;
}

/**
 * What would have to go for a page target that cannot be met: the weakest shown bullets (by score; without a
 * posting, the last ones, where a reader looks least) until their lines, at about `charsPerLine` each, cover the
 * lines too many. A suggestion to read, not a choice made: nothing is hidden by it.
 */
export function wouldHaveToGo(
  bullets: readonly ShownBullet[],
  overflowLines: number,
  charsPerLine = 90,
): ShownBullet[] {
  const ranked = bullets
    .map((b, i) => ({ b, i }))
    .sort((x, y) => (x.b.score ?? 0) - (y.b.score ?? 0) || y.i - x.i)
    .map((x) => x.b);
  const out: ShownBullet[] = [];
  let lines = 0;
  for (const b of ranked) {
    if (lines >= overflowLines) break;
    out.push(b);
    lines += Math.max(1, Math.ceil(b.text.length / charsPerLine));
  }
  return out;
}
