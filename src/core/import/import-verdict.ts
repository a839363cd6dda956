import type { EntryCertainty } from './source-line';

/** Below this an entry is shown as unsure: its title and organization were told apart by order alone, or less. */
export const UNSURE_BELOW = 0.6;

/** "recognized 9 entries, 2 unsure: lines 14, 31": what the import made of the file, in one line. */
export function importVerdict(certainty: EntryCertainty[]): string {
  const unsure = certainty.filter((c) => c.score < UNSURE_BELOW);
  const n = certainty.length;
  const head = `recognized ${n} ${n === 1 ? 'entry' : 'entries'}`;
  if (!unsure.length) return `${head}, none unsure`;
  return `${head}, ${unsure.length} unsure: line${unsure.length === 1 ? '' : 's'} ${unsure.map((c) => c.lineNo).join(', ')}`;
}
