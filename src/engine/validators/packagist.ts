import { crc32 } from 'node:zlib';
import { CHECKSUM_MISMATCH } from '../types.js';

/**
 * Private Packagist tokens are `packagist_<kind>_` + 60 hex random + 8 hex checksum, where the
 * checksum is the CRC32 of the prefix and the random part, as lower-case hex padded to eight
 * characters (packagist.com/docs/composer-authentication, "How to calculate the checksum").
 */
export function packagistToken(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  const m = /^(packagist_[a-z]{3}_[0-9a-f]{60})([0-9a-f]{8})$/.exec(secret);
  if (!m) return false;
  return crc32(m[1]!).toString(16).padStart(8, '0') === m[2] || CHECKSUM_MISMATCH;
}
