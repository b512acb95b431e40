import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { getValidator } from '../../../src/engine/validators/index.js';
import { packagistToken } from '../../../src/engine/validators/packagist.js';
import { CHECKSUM_MISMATCH } from '../../../src/engine/types.js';

function token(kind: string, random60: string): string {
  const prefix = `packagist_${kind}_`;
  return (
    prefix +
    random60 +
    crc32(prefix + random60)
      .toString(16)
      .padStart(8, '0')
  );
}

describe('packagist-crc32', () => {
  it('is registered by name', () => {
    expect(getValidator('packagist-crc32')).toBe(packagistToken);
  });

  it('accepts a token whose last 8 hex are the CRC32 of prefix and random part', () => {
    const random = '3f9a0c2e7b1d4f6a8c0e2b4d6f8a1c3e5a7c9e1b3d5f7a9c1e3b5d7f9a1c';
    for (const kind of ['ort', 'out', 'uut']) expect(packagistToken(token(kind, random))).toBe(true);
  });

  it('rejects a wrong checksum, a checksum of the random part alone, and other shapes', () => {
    const random = 'a'.repeat(30) + '0123456789abcdef0123456789abcd';
    const good = token('ort', random);
    expect(packagistToken(good.slice(0, -8) + '00000000')).toBe(CHECKSUM_MISMATCH);
    expect(packagistToken(`packagist_ort_${random}${crc32(random).toString(16).padStart(8, '0')}`)).toBe(
      CHECKSUM_MISMATCH,
    );
    // The checksum covers the prefix: the same random part under another kind does not verify.
    expect(packagistToken(good.replace('_ort_', '_out_'))).toBe(CHECKSUM_MISMATCH);
    expect(packagistToken(good.toUpperCase())).toBe(false);
    expect(packagistToken(good.slice(0, -1))).toBe(false);
  });
});
