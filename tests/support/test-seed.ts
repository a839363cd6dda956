/**
 * A seed for a test's own randomness: TAILOR_TEST_SEED when set (to replay a failure), else a fresh one. Tests print
 * it so that any run can be replayed.
 */
export function testSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.TAILOR_TEST_SEED?.trim();
  if (!given) return Math.floor(Math.random() * 2 ** 32);
  const n = Number(given);
  if (!Number.isInteger(n) || n < 0 || n >= 2 ** 32)
    throw new Error(`TAILOR_TEST_SEED must be a whole number from 0 to ${2 ** 32 - 1}, not "${given}"`);
  return n;
}

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
