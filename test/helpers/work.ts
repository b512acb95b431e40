/**
 * Work ratios for the adversarial suite's bounds (issue 10, item 11). A bound is asserted as the
 * work on 4 MB over the work on 1 MB of the same input: about 4 when a scan is linear, 16 when it
 * is quadratic. Work is CPU time of this process (`process.cpuUsage`), not the clock, so time the
 * machine gives other processes does not count; a test compares two of them, never a time.
 */

/** CPU milliseconds `run` takes, repeated until at least `atLeast` ms have gone by (per run). */
export function cpuMs(run: () => void, atLeast = 10): number {
  const start = process.cpuUsage();
  for (let runs = 1; ; runs++) {
    run();
    const d = process.cpuUsage(start);
    const spent = (d.user + d.system) / 1000;
    if (spent >= atLeast) return spent / runs;
  }
}

/**
 * Work on `large` over work on `small`, each the least of its measures. A measure is taken again
 * only while the ratio is above `limit` (up to `tries` each), so a linear case costs one pass over
 * each input and a noisy moment on a shared machine gets another chance. The first measure runs
 * for 20 ms of CPU, each retry for more (50 ms, 100 ms, …): a scan of a few milliseconds measured
 * over 10 ms is one or two runs, and one collection or preemption in them can double the figure
 * (the rule-bounds inputs of linear rules, a true ratio of about 4, read from 4 to 8 that way, and
 * a loaded machine once pushed one over 8 three times in a row). `scan` warms up on the first
 * 64 KB of the small input first (regex compilation, tier-up).
 */
export function workRatio<T extends string | Buffer>(
  scan: (input: T) => unknown,
  small: T,
  large: T,
  limit: number,
  tries = 5,
): number {
  scan(small.slice(0, 64 * 1024) as T);
  let a = Infinity;
  let b = Infinity;
  for (let t = 0; t < tries; t++) {
    const atLeast = t === 0 ? 20 : 50 * t;
    a = Math.min(
      a,
      cpuMs(() => scan(small), atLeast),
    );
    b = Math.min(
      b,
      cpuMs(() => scan(large), atLeast),
    );
    if (b / a <= limit) break;
  }
  return b / a;
}
