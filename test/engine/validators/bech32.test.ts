import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bech32, bech32Decode, bech32Encode } from '../../../src/engine/validators/bech32.js';
import { CHECKSUM_MISMATCH } from '../../../src/engine/types.js';

const bytes = (n: number, seed: string) => {
  const out: number[] = [];
  for (let i = 0; out.length < n; i++) out.push(...createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.from(out.slice(0, n));
};

describe('bech32', () => {
  it('accepts the BIP-173 valid test vectors', () => {
    for (const s of [
      'A12UEL5L',
      'a12uel5l',
      'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
      'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w',
      '?1ezyfcl',
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
    ]) {
      expect(bech32Decode(s), s).toBeDefined();
    }
  });

  it('rejects the BIP-173 invalid test vectors', () => {
    for (const s of ['pzry9x0s0muk', 'x1b4n0q5v', 'li1dgmt3', 'A1G7SGD8', 'a12UEL5L']) {
      expect(bech32Decode(s), s).toBeUndefined();
    }
  });

  it('round-trips generated age, nostr and Cardano keys (no 90-character limit)', () => {
    const age = bech32Encode('age-secret-key-', bytes(32, 'age')).toUpperCase();
    expect(age).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(bech32(age)).toBe(true);
    expect(bech32(bech32Encode('nsec', bytes(32, 'nostr')))).toBe(true);
    const xsk = bech32Encode('root_xsk', bytes(96, 'cardano'));
    expect(xsk.length).toBeGreaterThan(150);
    expect(bech32(xsk)).toBe(true);
  });

  it('rejects a changed character, mixed case and characters outside the alphabet', () => {
    const good = bech32Encode('nsec', bytes(32, 'edit'));
    const i = 20;
    const swapped = good.slice(0, i) + (good[i] === 'q' ? 'p' : 'q') + good.slice(i + 1);
    expect(bech32(swapped)).toBe(CHECKSUM_MISMATCH);
    expect(bech32(good.slice(0, 10).toUpperCase() + good.slice(10))).toBe(false);
    expect(bech32(good.slice(0, -1) + 'b')).toBe(false);
    expect(bech32('AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')).toBe(false);
  });
});
