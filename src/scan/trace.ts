/**
 * TOKGUARD_TRACE=1: a timeline of a scan's stages on stderr, one line per event, each thread's
 * lines stamped with milliseconds since the process started and the thread's own CPU time, so
 * that where the wall time goes with worker threads can be read from one run (docs/performance.md).
 * Lines name stages and counts only, never a path's content or a secret. Off, every call is one
 * test of a constant.
 */
import { readFileSync, writeSync } from 'node:fs';

export const tracing = Boolean(process.env.TOKGUARD_TRACE) && process.env.TOKGUARD_TRACE !== '0';

/** The main thread's time origin (the process start): a worker is told it (WorkerSetup.traceOrigin). */
let origin = performance.timeOrigin;
/** Which thread's lines these are: a worker names itself when it is told the origin. */
let who: string | undefined;

export function setTraceOrigin(mainOrigin: number, thread: string): void {
  origin = mainOrigin;
  who = thread;
}

export function traceOrigin(): number {
  return origin;
}

/** This thread's CPU time (user + system, ms) from /proc/thread-self/stat, or NaN off Linux. */
export function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Milliseconds since the process started, on any thread. */
export function sinceStart(): number {
  return performance.timeOrigin + performance.now() - origin;
}

export function trace(what: string): void {
  if (!tracing) return;
  if (who === undefined) {
    who = 'main';
    process.once('exit', () => trace(`exit (process CPU ${processCpuMs().toFixed(0)} ms)`));
  }
  const at = sinceStart().toFixed(1).padStart(8);
  const cpu = threadCpuMs().toFixed(0).padStart(5);
  // Written at once, from any thread: a worker's stderr goes through the main thread's event
  // loop, and a worker that is ended loses what it had not sent.
  writeSync(2, `tokguard: trace ${at} ms  cpu ${cpu} ms  ${who.padEnd(9)} ${what}\n`);
}

/** The whole process's CPU time (user + system, ms): every thread's, V8's helpers' included. */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Time a thread spends reading and matching, summed over its files. Made by stageClock(), which
 * reads the flag once: off, the clock makes no timing calls at all, not even a test per chunk.
 */
export interface StageClock {
  /**
   * Calls `match` on each chunk `chunks` yields. Traced, the time the iterator takes to yield
   * (reading a file) counts as `reading`, the time in `match` as `matching`.
   */
  each<T>(chunks: Iterable<T>, match: (chunk: T) => void): void;
  /** The stages' sums for a trace line (empty when off). */
  toString(): string;
}

export function stageClock(): StageClock {
  return tracing ? new TimedStages() : UNTIMED;
}

const UNTIMED: StageClock = {
  each<T>(chunks: Iterable<T>, match: (chunk: T) => void): void {
    for (const chunk of chunks) match(chunk);
  },
  toString: () => '',
};

class TimedStages implements StageClock {
  private reading = 0;
  private matching = 0;

  each<T>(chunks: Iterable<T>, match: (chunk: T) => void): void {
    let t = performance.now();
    for (const chunk of chunks) {
      const read = performance.now();
      this.reading += read - t;
      match(chunk);
      t = performance.now();
      this.matching += t - read;
    }
    this.reading += performance.now() - t;
  }

  toString(): string {
    return `reading ${this.reading.toFixed(0)} ms, matching ${this.matching.toFixed(0)} ms`;
  }
}
