import { createHash, createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getValidator } from '../../../src/engine/validators/index.js';
import {
  minisignEncryptedSecretKey,
  minisignSecretKey,
  signifyEncryptedSecretKey,
  signifySecretKey,
  torOnionKeyBlob,
  torOnionKeyFileBase64,
  wrappedSigningKeyFile,
} from '../../../src/engine/validators/signing-keys.js';

const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 secret key as libsodium stores it: seed, then public key. */
function ed25519Secret(): Buffer {
  const seed = randomBytes(32);
  const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return Buffer.concat([seed, spki.subarray(spki.length - 32)]);
}

function u64le(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

const minisignPlain = (sk = ed25519Secret()): string =>
  Buffer.concat([Buffer.from('Ed\0\0B2', 'latin1'), Buffer.alloc(48), randomBytes(8), sk, randomBytes(32)]).toString(
    'base64',
  );
const minisignEncrypted = (ops = 33554432): string =>
  Buffer.concat([Buffer.from('EdScB2'), randomBytes(32), u64le(ops), u64le(1073741824), randomBytes(104)]).toString(
    'base64',
  );
function signifyPlain(): string {
  const sk = ed25519Secret();
  const checksum = createHash('sha512').update(sk).digest().subarray(0, 8);
  return Buffer.concat([Buffer.from('EdBK'), u32be(0), randomBytes(16), checksum, randomBytes(8), sk]).toString(
    'base64',
  );
}
const signifyEncrypted = (rounds = 42): string =>
  Buffer.concat([Buffer.from('EdBK'), u32be(rounds), randomBytes(96)]).toString('base64');

/** SHA-512 of a seed, clamped: Tor's expanded onion service key. */
function torExpandedKey(): Buffer {
  const h = createHash('sha512').update(randomBytes(32)).digest();
  h[0]! &= 248;
  h[31]! &= 127;
  h[31]! |= 64;
  return h;
}

describe('signing-key validators', () => {
  it('are registered by name', () => {
    expect(getValidator('minisign-secret-key')).toBe(minisignSecretKey);
    expect(getValidator('signify-encrypted-secret-key')).toBe(signifyEncryptedSecretKey);
    expect(getValidator('tor-onion-key-file-base64')).toBe(torOnionKeyFileBase64);
  });

  it('tell unencrypted minisign keys (public key derived from the seed) from encrypted ones', () => {
    const plain = minisignPlain();
    expect(minisignSecretKey(plain)).toBe(true);
    expect(minisignEncryptedSecretKey(plain)).toBe(false);
    const encrypted = minisignEncrypted();
    expect(minisignEncryptedSecretKey(encrypted)).toBe(true);
    expect(minisignSecretKey(encrypted)).toBe(false);
  });

  it('reject a minisign key whose halves do not belong together, a cut key or absurd scrypt limits', () => {
    const sk = ed25519Secret();
    sk[40]! ^= 1;
    expect(minisignSecretKey(minisignPlain(sk))).toBe(false);
    expect(minisignEncryptedSecretKey(minisignEncrypted().slice(0, 200))).toBe(false);
    expect(minisignEncryptedSecretKey(minisignEncrypted(0))).toBe(false);
  });

  it('check a signify key by its checksum when unencrypted, by its layout when encrypted', () => {
    const plain = signifyPlain();
    expect(signifySecretKey(plain)).toBe(true);
    expect(signifyEncryptedSecretKey(plain)).toBe(false);
    const bytes = Buffer.from(plain, 'base64');
    bytes[30]! ^= 1;
    expect(signifySecretKey(bytes.toString('base64'))).toBe(false);
    expect(signifyEncryptedSecretKey(signifyEncrypted())).toBe(true);
    expect(signifyEncryptedSecretKey(signifyEncrypted(1 << 24))).toBe(false);
  });

  it('read a key file wrapped in base64 (Tauri), and not a public key file', () => {
    const file = (line: string, comment = 'rsign encrypted secret key'): string =>
      Buffer.from(`untrusted comment: ${comment}\n${line}\n`).toString('base64');
    expect(wrappedSigningKeyFile(file(minisignEncrypted()))).toBe(true);
    expect(wrappedSigningKeyFile(file(signifyPlain(), 'signify secret key'))).toBe(true);
    const pub = Buffer.concat([Buffer.from('Ed'), randomBytes(40)]).toString('base64');
    expect(wrappedSigningKeyFile(file(pub, 'minisign public key'))).toBe(false);
  });

  it('take Tor onion keys only when the scalar is clamped', () => {
    const key = torExpandedKey();
    expect(torOnionKeyBlob(key.toString('base64'))).toBe(true);
    const tag = Buffer.from('== ed25519v1-secret: type0 ==\0\0\0', 'latin1');
    expect(torOnionKeyFileBase64(Buffer.concat([tag, key]).toString('base64'))).toBe(true);
    const unclamped = Buffer.from(key);
    unclamped[0]! |= 1;
    expect(torOnionKeyBlob(unclamped.toString('base64'))).toBe(false);
    expect(torOnionKeyFileBase64(Buffer.concat([tag, unclamped]).toString('base64'))).toBe(false);
    expect(torOnionKeyFileBase64(Buffer.concat([Buffer.alloc(32), key]).toString('base64'))).toBe(false);
  });
});
