/**
 * Scores come from the scorer (src/core/match) but this module does not import it: the caller passes plain numbers,
 * 0-100, keyed by bullet, entry or section id. A Map or a plain object both work (the IPC layer sends objects).
 */
export type ScoreInput = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

export function scoreOf(scores: ScoreInput | undefined, id: string): number | undefined {
  if (!scores) return undefined;
  const v = scores instanceof Map ? scores.get(id) : (scores as Readonly<Record<string, number>>)[id];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
