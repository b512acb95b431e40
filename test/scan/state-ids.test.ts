import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/scan/state.js';

const ids = (n: number, bytes = 20): string[] => Array.from({ length: n }, () => randomBytes(bytes).toString('hex'));
const packed = (hex: string[], bytes = 20): Buffer =>
  Buffer.concat(
    [...hex].sort().map((h) => Buffer.from(h, 'hex')),
    hex.length * bytes,
  );

describe('the scanned-blob list of a --state file', () => {
  it('answers from the sorted list in place and merges new ids into it in order', () => {
    for (const [old, fresh] of [
      [0, 50],
      [1, 1],
      [500, 0],
      [2000, 37],
    ] as const) {
      const before = ids(old);
      const after = ids(fresh);
      const set = new IdSet(packed(before), 20);
      for (const id of before) expect(set.has(id)).toBe(true);
      for (const id of after) expect(set.has(id)).toBe(false);
      for (const id of after) expect(set.add(id)).toBe(true);
      for (const id of [...before.slice(0, 5), ...after.slice(0, 5)]) expect(set.add(id)).toBe(false);
      expect(set.size).toBe(old + fresh);
      expect(set.toBuffer(20).equals(packed([...before, ...after]))).toBe(true);
      expect(set.any()).toBe(old ? [...before].sort()[0] : after[0]);
    }
  });

  it('keeps SHA-256 ids (32 bytes) apart from SHA-1 ones', () => {
    const before = ids(100, 32);
    const set = new IdSet(packed(before, 32), 32);
    const extra = ids(3, 32);
    extra.forEach((id) => set.add(id));
    expect(set.toBuffer(32).equals(packed([...before, ...extra], 32))).toBe(true);
    expect(set.has(ids(1)[0]!)).toBe(false); // a SHA-1 id is never in a SHA-256 list
  });
});
