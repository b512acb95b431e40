import { afterEach, describe, expect, it, vi } from 'vitest';

/** trace.ts reads TOKGUARD_TRACE once, when it is loaded: each case loads it afresh. */
async function loadTrace(flag: string | undefined): Promise<typeof import('../../src/scan/trace.js')> {
  vi.resetModules();
  vi.stubEnv('TOKGUARD_TRACE', flag);
  return import('../../src/scan/trace.js');
}

function* chunks(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('stageClock', () => {
  it('makes no timing calls with tracing off, and still matches every chunk', async () => {
    const { stageClock } = await loadTrace(undefined);
    const now = vi.spyOn(performance, 'now');
    const cpu = vi.spyOn(process, 'cpuUsage');
    const clock = stageClock();
    const seen: number[] = [];
    clock.each(chunks(3), (c) => seen.push(c));
    expect(seen).toEqual([0, 1, 2]);
    expect(now).not.toHaveBeenCalled();
    expect(cpu).not.toHaveBeenCalled();
    expect(clock.toString()).toBe('');
  });

  it('treats TOKGUARD_TRACE=0 as off', async () => {
    const { stageClock, tracing } = await loadTrace('0');
    expect(tracing).toBe(false);
    const now = vi.spyOn(performance, 'now');
    stageClock().each(chunks(2), () => {});
    expect(now).not.toHaveBeenCalled();
  });

  it('with tracing on, sums the time the iterator takes as reading and the callback as matching', async () => {
    const { stageClock } = await loadTrace('1');
    let at = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => at);
    // Each chunk takes 5 ms to read and 2 ms to match; the iterator's end takes 1 ms more.
    function* slowReads(): Generator<number> {
      for (let i = 0; i < 3; i++) {
        at += 5;
        yield i;
      }
      at += 1;
    }
    const clock = stageClock();
    const seen: number[] = [];
    clock.each(slowReads(), (c) => {
      at += 2;
      seen.push(c);
    });
    expect(seen).toEqual([0, 1, 2]);
    expect(clock.toString()).toBe('reading 16 ms, matching 6 ms');
  });
});
