import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base62 } from '../../src/engine/validators/base62.js';
import { makePrefixedCrc32Token, prefixedCrc32Base62 } from '../../src/engine/validators/checksum-tokens.js';
import { jwt, pem } from '../../src/engine/validators/structured.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { CHECKSUM_MISMATCH } from '../../src/engine/types.js';

describe('core validators', () => {
  it('base62 pads to width with the GitHub alphabet', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
  });

  it('accepts a token with a correct CRC32 suffix and rejects a changed one', () => {
    const tok = makePrefixedCrc32Token('ghp_', 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1');
    expect(prefixedCrc32Base62(tok)).toBe(true);
    expect(prefixedCrc32Base62(tok.slice(0, -1) + (tok.endsWith('A') ? 'B' : 'A'))).toBe(CHECKSUM_MISMATCH);
    expect(prefixedCrc32Base62('ghp_short')).toBe(false);
  });

  it('checks the CRC32 over a random part longer than 30 characters too', () => {
    const random = 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1x';
    const tok = `ghp_${random}${base62(crc32(random), 6)}`;
    expect(prefixedCrc32Base62(tok)).toBe(true);
    // The checksum of the first 30 characters does not cover a 31st.
    expect(prefixedCrc32Base62(`ghp_${random}${base62(crc32(random.slice(0, 30)), 6)}`)).toBe(CHECKSUM_MISMATCH);
  });

  it('jwt needs JSON header with alg and a JSON payload', () => {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(jwt(`${enc({ alg: 'HS256' })}.${enc({ sub: 'x' })}.c2lnbmF0dXJl`)).toBe(true);
    expect(jwt(`${enc({ typ: 'JWT' })}.${enc({ sub: 'x' })}.c2ln`)).toBe(false);
    expect(jwt(`${enc({ alg: 'HS256' })}.bm90anNvbg.c2ln`)).toBe(false);
  });

  it('pem needs a base64 body of plausible size', () => {
    const body = Buffer.alloc(120, 7).toString('base64');
    expect(pem(`-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`)).toBe(true);
    expect(pem('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----')).toBe(false);
    expect(pem(`-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----`)).toBe(true);
  });

  it('entropy is 0 for one symbol and log2(n) for n distinct symbols', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});
