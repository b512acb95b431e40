/**
 * A small deterministic random stream (xorshift32) in [0, 1): property tests that draw texts from
 * it fail the same way on every run, so a failure can be replayed from its seed.
 */
export function seededRandom(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}
