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

/** Time spent in a thread's stages, summed over many calls (only while tracing). */
export class StageClock {
  private readonly spent = new Map<string, number>();

  add(stage: string, since: number): void {
    this.spent.set(stage, (this.spent.get(stage) ?? 0) + performance.now() - since);
  }

  toString(): string {
    return [...this.spent].map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ');
  }
}
