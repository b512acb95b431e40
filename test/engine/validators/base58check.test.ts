import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  base58check,
  base58checkDecode,
  base58checkEncode,
  base58Decode,
  base58Encode,
  bip32PrivateKey,
  bip38EncryptedKey,
  wifPrivateKey,
} from '../../../src/engine/validators/base58check.js';
import { CHECKSUM_MISMATCH } from '../../../src/engine/types.js';

const bytes = (n: number, seed: string) => {
  const out: number[] = [];
  for (let i = 0; out.length < n; i++) out.push(...createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.from(out.slice(0, n));
};
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const edit = (s: string, at: number) => s.slice(0, at) + B58[(B58.indexOf(s[at]!) + 1) % 58] + s.slice(at + 1);

function extendedKey(version: number, key: Buffer, depth = 0): string {
  const b = Buffer.alloc(78);
  b.writeUInt32BE(version, 0);
  b[4] = depth;
  if (depth > 0) b.writeUInt32BE(0x1234abcd, 5);
  bytes(32, 'chain').copy(b, 13);
  key.copy(b, 46);
  return base58checkEncode(b);
}

describe('base58check', () => {
  it('keeps leading zero bytes as leading 1s and round-trips', () => {
    const data = Buffer.concat([Buffer.from([0, 0]), bytes(30, 'rt')]);
    const s = base58Encode(data);
    expect(s.startsWith('11')).toBe(true);
    expect(base58Decode(s)).toEqual(data);
    expect(base58Decode('0OIl')).toBeUndefined();
  });

  it('verifies the double-SHA-256 checksum', () => {
    const s = base58checkEncode(bytes(21, 'payload'));
    expect(base58check(s)).toBe(true);
    expect(base58checkDecode(s)).toEqual(bytes(21, 'payload'));
    expect(base58check(edit(s, 10))).toBe(false);
  });

  it('accepts WIF keys (mainnet and testnet, compressed or not) and rejects look-alikes', () => {
    const key = bytes(32, 'wif');
    key[0]! &= 0x7f;
    const compressed = base58checkEncode(Buffer.concat([Buffer.from([0x80]), key, Buffer.from([1])]));
    const uncompressed = base58checkEncode(Buffer.concat([Buffer.from([0x80]), key]));
    expect(compressed).toMatch(/^[KL][1-9A-HJ-NP-Za-km-z]{51}$/);
    expect(uncompressed).toMatch(/^5[1-9A-HJ-NP-Za-km-z]{50}$/);
    expect(wifPrivateKey(compressed)).toBe(true);
    expect(wifPrivateKey(uncompressed)).toBe(true);
    expect(wifPrivateKey(base58checkEncode(Buffer.concat([Buffer.from([0xef]), key, Buffer.from([1])])))).toBe(true);
    expect(wifPrivateKey(edit(compressed, 30))).toBe(false);
    // Wrong version byte (a P2PKH address payload of the same length) or compression flag.
    expect(wifPrivateKey(base58checkEncode(Buffer.concat([Buffer.from([0x00]), key])))).toBe(false);
    expect(wifPrivateKey(base58checkEncode(Buffer.concat([Buffer.from([0x80]), key, Buffer.from([2])])))).toBe(false);
    // Zero is not a valid secp256k1 scalar.
    expect(wifPrivateKey(base58checkEncode(Buffer.concat([Buffer.from([0x80]), Buffer.alloc(32)])))).toBe(false);
  });

  it('accepts the BIP-32 test vector 1 master key and generated extended private keys', () => {
    const I = createHmac('sha512', 'Bitcoin seed')
      .update(Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'))
      .digest();
    const b = Buffer.alloc(78);
    b.writeUInt32BE(0x0488ade4, 0);
    I.subarray(32).copy(b, 13);
    I.subarray(0, 32).copy(b, 46);
    const master = base58checkEncode(b);
    expect(master).toBe(
      'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
    );
    expect(bip32PrivateKey(master)).toBe(true);
    const key = bytes(32, 'k');
    key[0]! &= 0x7f;
    for (const [prefix, version] of [
      ['xprv', 0x0488ade4],
      ['tprv', 0x04358394],
      ['zprv', 0x04b2430c],
      ['Yprv', 0x0295b005],
    ] as const) {
      const s = extendedKey(version, key, 2);
      expect(s.startsWith(prefix), s).toBe(true);
      expect(bip32PrivateKey(s)).toBe(true);
    }
  });

  it('rejects extended public keys, bad checksums and malformed payloads', () => {
    const key = bytes(32, 'k2');
    key[0]! &= 0x7f;
    const good = extendedKey(0x0488ade4, key, 1);
    expect(bip32PrivateKey(edit(good, 60))).toBe(false);
    // xpub version: a public key, not a secret.
    expect(bip32PrivateKey(extendedKey(0x0488b21e, key, 1))).toBe(false);
    // Master key (depth 0) with a parent fingerprint.
    const b = base58checkDecode(extendedKey(0x0488ade4, key, 0))!;
    b.writeUInt32BE(1, 5);
    expect(bip32PrivateKey(base58checkEncode(b))).toBe(false);
  });

  it('accepts BIP-38 keys in both modes and rejects bad flags', () => {
    const plain = base58checkEncode(Buffer.concat([Buffer.from([0x01, 0x42, 0xe0]), bytes(36, 'b38')]));
    expect(plain.startsWith('6P')).toBe(true);
    expect(bip38EncryptedKey(plain)).toBe(true);
    expect(
      bip38EncryptedKey(base58checkEncode(Buffer.concat([Buffer.from([0x01, 0x43, 0x24]), bytes(36, 'ec')]))),
    ).toBe(true);
    expect(bip38EncryptedKey(base58checkEncode(Buffer.concat([Buffer.from([0x01, 0x42, 0x20]), bytes(36, 'x')])))).toBe(
      false,
    );
    expect(bip38EncryptedKey(base58checkEncode(Buffer.concat([Buffer.from([0x01, 0x43, 0xc0]), bytes(36, 'y')])))).toBe(
      false,
    );
    expect(bip38EncryptedKey(edit(plain, 20))).toBe(CHECKSUM_MISMATCH);
  });
});
