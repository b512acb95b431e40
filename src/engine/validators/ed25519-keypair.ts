import { nodeCrypto } from '../../node-crypto.js';
import { base58Decode } from './base58check.js';

/**
 * A 64-byte Ed25519 keypair as Solana tools store it (`solana-keygen` writes `id.json` as a JSON
 * array of 64 numbers; wallets export the same 64 bytes in base58): the 32-byte seed followed by
 * its public key. The check derives the public key from the seed and compares, so only a real
 * keypair passes; random arrays and hashes never do.
 */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function ed25519PublicKey(seed: Uint8Array): Buffer {
  const key = nodeCrypto().createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = nodeCrypto().createPublicKey(key).export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 32);
}

function keypairBytes(secret: string): Buffer | undefined {
  const s = secret.trim();
  if (s.startsWith('[')) {
    const nums = s
      .slice(1, s.endsWith(']') ? -1 : undefined)
      .split(',')
      .map((x) => x.trim());
    if (nums.length !== 64 || !nums.every((n) => /^\d{1,3}$/.test(n) && Number(n) <= 255)) return undefined;
    return Buffer.from(nums.map(Number));
  }
  if (/^\d{1,3}(\s*,\s*\d{1,3}){63}$/.test(s)) return keypairBytes(`[${s}]`);
  return base58Decode(s);
}

export function ed25519Keypair(secret: string): boolean {
  const bytes = keypairBytes(secret);
  if (!bytes || bytes.length !== 64) return false;
  try {
    return ed25519PublicKey(bytes.subarray(0, 32)).equals(bytes.subarray(32));
  } catch {
    return false;
  }
}
