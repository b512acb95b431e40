import { base62 } from './base62.js';
import { crc32 } from 'node:zlib';

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens end in six base62 characters that
 * are the CRC32 of the 30 random characters before them. A look-alike with the right prefix and
 * length almost never carries a matching checksum, so this check removes them offline.
 */
export function prefixedCrc32Base62(secret: string): boolean {
  const underscore = secret.indexOf('_');
  if (underscore < 0) return false;
  const body = secret.slice(underscore + 1);
  if (body.length !== 36 || !/^[0-9A-Za-z]+$/.test(body)) return false;
  const random = body.slice(0, 30);
  return base62(crc32(random), 6) === body.slice(30);
}

/** Builds a token that passes `prefixedCrc32Base62`; used by tests and fixture generators. */
export function makePrefixedCrc32Token(prefix: string, random30: string): string {
  if (random30.length !== 30) throw new Error('random part must be 30 characters');
  return `${prefix}${random30}${base62(crc32(random30), 6)}`;
}
