import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bip39Mnemonic } from '../../../src/engine/validators/bip39.js';
import { BIP39_ENGLISH } from '../../../src/engine/validators/bip39-english.js';
import { getValidator } from '../../../src/engine/validators/index.js';

/** A fresh mnemonic of `words` words, built as BIP 39 says: entropy, then its SHA-256's first bits. */
function mnemonic(words: number): string {
  const entropy = randomBytes((words * 32) / 3 / 8);
  const checksum = createHash('sha256').update(entropy).digest()[0]!.toString(2).padStart(8, '0');
  const bits = [...entropy].map((b) => b.toString(2).padStart(8, '0')).join('') + checksum.slice(0, words / 3);
  return Array.from({ length: words }, (_, i) => BIP39_ENGLISH[parseInt(bits.slice(i * 11, i * 11 + 11), 2)]).join(' ');
}

describe('bip39-mnemonic validator', () => {
  it('is registered by name, over the 2048-word list', () => {
    expect(getValidator('bip39-mnemonic')).toBe(bip39Mnemonic);
    expect(BIP39_ENGLISH).toHaveLength(2048);
    expect(BIP39_ENGLISH[0]).toBe('abandon');
    expect(BIP39_ENGLISH[2047]).toBe('zoo');
  });

  it('accepts mnemonics of every length with their checksum', () => {
    for (const n of [12, 15, 18, 21, 24]) expect(bip39Mnemonic(mnemonic(n))).toBe(true);
  });

  it('rejects a wrong checksum word, a word off the list and a wrong length', () => {
    const words = mnemonic(12).split(' ');
    const last = BIP39_ENGLISH.indexOf(words[11]!);
    // The last word of a 12-word mnemonic carries 7 bits of entropy and 4 of checksum: flip a checksum bit.
    expect(bip39Mnemonic([...words.slice(0, 11), BIP39_ENGLISH[last ^ 1]].join(' '))).toBe(false);
    expect(bip39Mnemonic([...words.slice(0, 11), 'bitcoin'].join(' '))).toBe(false);
    expect(bip39Mnemonic(words.slice(0, 11).join(' '))).toBe(false);
  });

  it('drops test vectors and default phrases made of repeated words', () => {
    expect(bip39Mnemonic(`${'abandon '.repeat(11)}about`)).toBe(false);
    expect(bip39Mnemonic(`${'test '.repeat(11)}junk`)).toBe(false);
    expect(bip39Mnemonic('legal winner thank year wave sausage worth useful legal winner thank yellow')).toBe(false);
  });
});
