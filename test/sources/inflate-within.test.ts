import { generateKeyPairSync } from 'node:crypto';
import { constants, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateOnce, inflateWithin } from '../../src/sources/inflate-within.js';

// A throwaway key generated in memory for each run.
const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
  type: 'sec1',
  format: 'pem',
}) as string;
const text = Buffer.from(`${pem}${'# a line of notes after the key, to make the file long\n'.repeat(4000)}`);

/**
 * A gzip member that inflates to `mib` MiB: a key, then zeros in full-flushed 1 MiB deflate blocks
 * (byte-aligned and without references back, so one block repeats), as a bomb is made to be small.
 */
function gzipBomb(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const head = deflateRawSync(pem, { finishFlush: constants.Z_FULL_FLUSH });
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  return Buffer.concat([header, head, ...Array<Buffer>(mib).fill(block), Buffer.from([3, 0]), Buffer.alloc(8)]);
}

/** What `inflateWithin` gave, its bytes as a string (a Buffer's deep comparison is slow). */
function read(data: Buffer, budget: number, format: 'gzip' | 'raw') {
  const r = inflateWithin(data, budget, format);
  return r && { text: r.bytes.toString('latin1'), cut: r.cut };
}
const whole = (b: Buffer | string, cut?: string) => ({ text: Buffer.from(b).toString('latin1'), cut });

describe('inflateWithin', () => {
  it('reads a whole gzip file, and a raw deflate stream (a zip entry)', () => {
    expect(read(gzipSync(text), 1 << 20, 'gzip')).toEqual(whole(text));
    expect(read(deflateRawSync(text), 1 << 20, 'raw')).toEqual(whole(text));
    // gzip members one after another are one file (RFC 1952 2.2)
    const twice = read(Buffer.concat([gzipSync(text), gzipSync(pem)]), 1 << 20, 'gzip');
    expect(twice).toEqual(whole(Buffer.concat([text, Buffer.from(pem)])));
  });

  it('stops a bomb at the budget, keeping exactly the budget of its start, in one pass', () => {
    const bomb = gzipBomb(1024); // 1 GiB inflated, 1 MB compressed
    expect(bomb.length).toBeLessThan(2 << 20);
    const budget = 32 << 20;
    const r = inflateWithin(bomb, budget, 'gzip')!;
    expect(r.cut).toBe('budget');
    expect(r.bytes.length).toBe(budget);
    expect(r.bytes.subarray(0, pem.length).toString()).toBe(pem);
    expect(r.bytes.subarray(pem.length).equals(Buffer.alloc(budget - pem.length))).toBe(true);
  });

  it('reads a file cut short as far as it goes, and says so', () => {
    for (const [format, whole] of [
      ['gzip', gzipSync(text)],
      ['raw', deflateRawSync(text)],
    ] as const) {
      const r = inflateWithin(whole.subarray(0, whole.length >> 1), 1 << 20, format)!;
      expect(r.cut).toBe('truncated');
      expect(r.bytes.length).toBeGreaterThan(pem.length);
      expect(text.subarray(0, r.bytes.length).equals(r.bytes)).toBe(true);
    }
    // Only the trailer (CRC and size) missing: every byte is there, the file is still cut short.
    const gz = gzipSync(text);
    expect(read(gz.subarray(0, gz.length - 8), 1 << 20, 'gzip')).toEqual(whole(text, 'truncated'));
  });

  it('keeps what came before damage, and is undefined when nothing could be read', () => {
    const gz = gzipSync(text, { level: 0 }); // stored blocks: damage after the first slice leaves it read
    const damaged = Buffer.concat([gz.subarray(0, 40_000), Buffer.alloc(gz.length - 40_000, 0xff)]);
    const r = inflateWithin(damaged, 1 << 20, 'gzip')!;
    expect(r.cut).toBe('damaged');
    expect(r.bytes.subarray(0, pem.length).toString()).toBe(pem);
    const garbage = Buffer.concat([gz.subarray(0, 10), Buffer.alloc(200, 0xff)]);
    expect(inflateWithin(garbage, 1 << 20, 'gzip')).toBeUndefined();
  });
});

describe('inflateOnce (a Node without incremental zlib calls)', () => {
  const once = (data: Buffer, budget: number, format: 'gzip' | 'raw') => {
    const r = inflateOnce(data, budget, format);
    return r && { text: r.bytes.toString('latin1'), cut: r.cut };
  };

  it('reads a whole stream, and one cut short as far as it goes', () => {
    expect(once(gzipSync(text), 1 << 20, 'gzip')).toEqual(whole(text));
    const raw = deflateRawSync(text);
    const cut = once(raw.subarray(0, raw.length >> 1), 1 << 20, 'raw')!;
    expect(cut.cut).toBe('truncated');
    expect(text.toString('latin1').startsWith(cut.text) && cut.text.startsWith(pem)).toBe(true);
  });

  it('keeps nothing of a bomb or of damaged data', () => {
    expect(inflateOnce(gzipBomb(64), 1 << 20, 'gzip')).toBeUndefined();
    expect(
      inflateOnce(Buffer.concat([gzipSync(text).subarray(0, 10), Buffer.alloc(200, 0xff)]), 1 << 20, 'gzip'),
    ).toBeUndefined();
  });
});
