import { nodeCrypto } from '../../node-crypto.js';
import { BIP39_ENGLISH } from './bip39-english.js';

/**
 * A BIP 39 mnemonic (a wallet's seed phrase): 12, 15, 18, 21 or 24 words of the English list,
 * each an 11-bit number; the bits are the entropy followed by the first (words / 3) bits of its
 * SHA-256. The checksum is verified, so a sentence of list words passes one time in 16 at best.
 *
 * The specification's test vectors repeat a few words (entropy of repeated bytes: `abandon …
 * about`, `legal winner thank year …`, `zoo … wrong`, and Hardhat's `test … junk`); a random
 * mnemonic repeats three words or more about three times in ten thousand, so those are dropped.
 */

const INDEX = new Map(BIP39_ENGLISH.map((w, i) => [w, i]));
const WORD_COUNTS = new Set([12, 15, 18, 21, 24]);
const MAX_REPEATS = 2;

export function bip39Mnemonic(secret: string): boolean {
  const words = secret.trim().toLowerCase().split(/\s+/);
  if (!WORD_COUNTS.has(words.length)) return false;
  if (words.length - new Set(words).size > MAX_REPEATS) return false;
  let bits = '';
  for (const w of words) {
    const i = INDEX.get(w);
    if (i === undefined) return false;
    bits += i.toString(2).padStart(11, '0');
  }
  const checksumBits = words.length / 3;
  const entropyBits = bits.length - checksumBits;
  const entropy = Buffer.alloc(entropyBits / 8);
  for (let i = 0; i < entropy.length; i++) entropy[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  const hash = nodeCrypto().createHash('sha256').update(entropy).digest();
  const expected = hash[0]!.toString(2).padStart(8, '0').slice(0, checksumBits);
  return bits.slice(entropyBits) === expected;
}
