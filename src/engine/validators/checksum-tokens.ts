import { base62 } from './base62.js';
import { crc32 } from 'node:zlib';
import { CHECKSUM_MISMATCH } from '../types.js';

/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens end in six base62 characters that
 * are the CRC32 of the random characters before them: 30 today. GitHub says its tokens may grow,
 * so a longer random part with a matching checksum passes too (the rules' `shape` reports it at
 * medium confidence). A look-alike with the right prefix almost never carries a matching
 * checksum: one that does not is a test value or a token cut or edited by hand.
 */
export function prefixedCrc32Base62(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  const underscore = secret.indexOf('_');
  if (underscore < 0) return false;
  const body = secret.slice(underscore + 1);
  if (body.length < 36 || body.length > 255 || !/^[0-9A-Za-z]+$/.test(body)) return false;
  const random = body.slice(0, -6);
  return base62(crc32(random), 6) === body.slice(-6) || CHECKSUM_MISMATCH;
}

/** Builds a token that passes `prefixedCrc32Base62`; used by tests and fixture generators. */
export function makePrefixedCrc32Token(prefix: string, random30: string): string {
  if (random30.length !== 30) throw new Error('random part must be 30 characters');
  return `${prefix}${random30}${base62(crc32(random30), 6)}`;
}
