/**
 * Per-host limits: at most `concurrency` requests in flight, starts spaced by `1/perSecond`, and
 * a pause for the whole host when it answers 429 (its Retry-After), so one provider's limit
 * slows only the checks that go to it.
 */
import { HttpFailure } from './http.js';

export interface HostLimits {
  concurrency: number;
  perSecond: number;
}

export const DEFAULT_LIMITS: HostLimits = { concurrency: 2, perSecond: 5 };

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new HttpFailure('run time limit reached', 'deadline'));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new HttpFailure('run time limit reached', 'deadline'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class HostLimiter {
  private active = 0;
  private nextStart = 0;
  private pausedUntil = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly interval: number;

  constructor(readonly limits: HostLimits) {
    this.interval = 1000 / limits.perSecond;
  }

  /** Runs `fn` when the host has a free slot and its spacing allows. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  /** No request to this host starts before `until` (ms since the epoch). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  private async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new HttpFailure('run time limit reached', 'deadline');
      const now = Date.now();
      const readyAt = Math.max(this.nextStart, this.pausedUntil);
      if (this.active < this.limits.concurrency && now >= readyAt) {
        this.active++;
        this.nextStart = now + this.interval;
        return;
      }
      if (this.active >= this.limits.concurrency)
        await new Promise<void>((r) => {
          this.waiters.push(r);
          signal?.addEventListener('abort', () => r(), { once: true });
        });
      else await sleep(readyAt - now, signal);
    }
  }

  private release(): void {
    this.active--;
    // Every waiter looks again (one may have given up at the deadline and would swallow a lone wake-up).
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** Retry-After in milliseconds (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
