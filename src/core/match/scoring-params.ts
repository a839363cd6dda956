/**
 * The weights `npm run eval` tunes by leave-one-posting-out cross-validation (bench/eval.ts). Everything else in
 * the engine is set by argument, not fit to the eval data. The defaults are what the eval chose; the eval can
 * swap them in-process to measure a grid, which is why they live in one object and not as scattered constants.
 */
export interface ScoringParams {
  /** What the entry's title and tech line lend each of its bullets, relative to the bullet naming the skill itself. */
  contextFactor: number;
  /** A related skill is partial evidence: a relation of strength 1 counts this much of a direct match. */
  relatedFactor: number;
  /** Scoring uses weight^exponent: a bullet about the job's central skills outranks one touching many peripheral ones. */
  exponent: number;
  /** All broad concepts of one line together add at most this share of the saturation point (0.25: a score of ~22). */
  broadShare: number;
}

export const DEFAULT_SCORING_PARAMS: Readonly<ScoringParams> = Object.freeze({
  contextFactor: 0.6,
  relatedFactor: 0.85,
  exponent: 2,
  broadShare: 0.25,
});

let current: Readonly<ScoringParams> = DEFAULT_SCORING_PARAMS;
let generation = 0;

export function scoringParams(): Readonly<ScoringParams> {
  return current;
}

/** Bumped on every change, so a matcher built under other weights is rebuilt. */
export function scoringGeneration(): number {
  return generation;
}

/** For the eval's grid search only; the app always runs on the defaults. */
export function setScoringParams(p: Partial<ScoringParams> | undefined): void {
  current = p ? { ...DEFAULT_SCORING_PARAMS, ...p } : DEFAULT_SCORING_PARAMS;
  generation++;
}
