import type { Assessment } from '../types.js';
import { jwt } from './structured.js';

/**
 * A JWT (see `jwt`) whose signature has the length its `alg` implies: 32/48/64 bytes for
 * HS256/384/512, 64/96/132 for ES256/384/512, 64 or 114 for EdDSA, and the modulus size for
 * RSA and RSA-PSS. A token whose header and payload parse but whose signature has another length
 * (truncated in documentation, hand-edited, or signed some other way) is kept at low confidence:
 * its payload can still say who it was issued to. Unknown algorithms are accepted on the base
 * check alone. Unsigned tokens (`alg: none`) carry nothing secret.
 */
const SIGNATURE_BYTES: Readonly<Record<string, readonly number[]>> = {
  HS256: [32],
  HS384: [48],
  HS512: [64],
  ES256: [64],
  ES256K: [64],
  ES384: [96],
  ES512: [132],
  EdDSA: [64, 114],
  Ed25519: [64],
  Ed448: [114],
};
const RSA_MODULUS_BYTES = [128, 256, 384, 512, 768, 1024];

export function jwtSignature(secret: string): boolean | Assessment {
  if (!jwt(secret)) return false;
  const [h, , sig] = secret.split('.') as [string, string, string];
  const alg = (JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return false;
  if (!/^[A-Za-z0-9_-]+$/.test(sig)) return false;
  const bytes = Math.floor((sig.length * 6) / 8);
  if (sig.length % 4 === 1) return false;
  const expected = /^(RS|PS)\d{3}$/.test(alg) ? RSA_MODULUS_BYTES : SIGNATURE_BYTES[alg];
  if (expected === undefined) return bytes >= 16;
  return expected.includes(bytes) ? true : { confidence: 'low' };
}
