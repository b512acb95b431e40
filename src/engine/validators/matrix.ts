import { crc32 } from 'node:zlib';
import { base62 } from './base62.js';
import { CHECKSUM_MISMATCH } from '../types.js';

const TOKEN = /^(sy[tr]_[A-Za-z0-9_-]{1,200}_[A-Za-z]{20})_([0-9A-Za-z]{6})$/;

/**
 * Synapse (Matrix homeserver) access and refresh tokens: syt_ or syr_, the user's localpart in
 * unpadded URL-safe base64, 20 random letters, then the base62 CRC32 of everything before the
 * last underscore, six characters wide. A look-alike almost never carries a matching checksum.
 */
export function matrixSynapseToken(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  const m = TOKEN.exec(secret);
  if (!m) return false;
  return base62(crc32(m[1]!), 6) === m[2] || CHECKSUM_MISMATCH;
}

/** Builds a token that passes `matrixSynapseToken`; used by tests and fixture generators. */
export function makeMatrixSynapseToken(prefix: 'syt_' | 'syr_', localpart: string, random20: string): string {
  if (!/^[A-Za-z]{20}$/.test(random20)) throw new Error('random part must be 20 letters');
  const b64 = Buffer.from(localpart, 'utf8').toString('base64url');
  const head = `${prefix}${b64}_${random20}`;
  return `${head}_${base62(crc32(head), 6)}`;
}
