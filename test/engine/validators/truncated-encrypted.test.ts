import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { armorPgpPrivateKey } from '../../../src/engine/validators/pgp-armor.js';
import {
  startsLikeEncryptedPrivateKeyInfo,
  truncatedEncryptedPrivateKey,
} from '../../../src/engine/validators/truncated-encrypted.js';

// Throwaway keys generated in memory for each run.
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const lines = (pem: string): string[] => pem.trim().split('\n');
const pkcs8 = lines(
  rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'tests' }) as string,
);
const legacy = lines(
  rsa.privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'tests' }) as string,
);
const cut = (l: string[], n: number): string => l.slice(0, n).join('\n');

/** A v4 Secret-Key packet (new format, tag 5) of an Ed25519 key, with a filler secret part. */
function secretKeyPacket(): Buffer {
  const fields = Buffer.concat([
    Buffer.from([4, 0x67, 0x80, 0x12, 0x34, 22, 9]),
    Buffer.from('2b06010401da470f01', 'hex'),
    Buffer.from([1, 7, 0x40]),
    Buffer.alloc(32, 0x11),
    Buffer.from([0, 0, 0xff]),
    Buffer.alloc(34, 0x22),
  ]);
  return Buffer.concat([Buffer.from([0xc5, fields.length]), fields, Buffer.alloc(120, 0x33)]);
}

describe('truncatedEncryptedPrivateKey', () => {
  it('takes an encrypted PKCS#8 key cut off, by its EncryptedPrivateKeyInfo', () => {
    expect(truncatedEncryptedPrivateKey(cut(pkcs8, 5))).toBe(true);
    expect(truncatedEncryptedPrivateKey(cut(pkcs8, 5).replace(/\n/g, '\\n'))).toBe(true);
    // Whole but for its END line.
    expect(truncatedEncryptedPrivateKey(cut(pkcs8, pkcs8.length - 1))).toBe(true);
  });

  it('takes a legacy encrypted key by its headers, through indentation', () => {
    expect(truncatedEncryptedPrivateKey(cut(legacy, 8))).toBe(true);
    expect(truncatedEncryptedPrivateKey(cut(legacy, 8).replace(/\n/g, '\n    '))).toBe(true);
  });

  it('takes a PGP block by its Secret-Key packet, cut or whole', () => {
    const block = lines(armorPgpPrivateKey(secretKeyPacket(), ['Comment: release key']));
    expect(truncatedEncryptedPrivateKey(cut(block, 5))).toBe(true);
    // Without its CRC and END lines: the packet is whole, however short.
    expect(truncatedEncryptedPrivateKey(cut(block, block.length - 2))).toBe(true);
  });

  it('leaves whole, elided and short blocks to the other rules', () => {
    expect(truncatedEncryptedPrivateKey(cut(pkcs8, 5), { after: '-----END ENCRYPTED PRIVATE KEY-----' })).toBe(false);
    expect(truncatedEncryptedPrivateKey(`${cut(pkcs8, 3)}\n...`)).toBe(false);
    expect(truncatedEncryptedPrivateKey(cut(pkcs8, 2))).toBe(false);
    // The headers and two lines: too little to be more than an excerpt.
    expect(truncatedEncryptedPrivateKey(cut(legacy, 6))).toBe(false);
  });

  it('turns down what the clear parts deny', () => {
    // Headers without Proc-Type, or with an IV that is not one block.
    expect(truncatedEncryptedPrivateKey(cut(legacy, 8).replace(/Proc-Type: 4,ENCRYPTED\n/, ''))).toBe(false);
    expect(truncatedEncryptedPrivateKey(cut(legacy, 8).replace(/(DEK-Info: [^,]+,)\w+/, '$1ABCDEF'))).toBe(false);
    // A legacy body of filler.
    const filler =
      `${legacy.slice(0, 4).join('\n')}\n${'QUFBQUFB'.repeat(8)}\n`.repeat(1) + `${'QUFBQUFB'.repeat(8)}\n`.repeat(3);
    expect(truncatedEncryptedPrivateKey(filler)).toBe(false);
    // A plain key under the ENCRYPTED label, and a PGP public key packet (tag 6).
    const plain = lines(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    expect(truncatedEncryptedPrivateKey(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${plain.slice(1, 6).join('\n')}`)).toBe(
      false,
    );
    const pub = secretKeyPacket();
    pub[0] = 0xc6;
    expect(truncatedEncryptedPrivateKey(cut(lines(armorPgpPrivateKey(pub)), 5))).toBe(false);
  });
});

describe('startsLikeEncryptedPrivateKeyInfo', () => {
  it('reads the scheme and the ciphertext tag, whatever follows', () => {
    const der = rsa.privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'tests' });
    expect(startsLikeEncryptedPrivateKeyInfo(der.subarray(0, 120))).toBe(true);
    expect(startsLikeEncryptedPrivateKeyInfo(rsa.privateKey.export({ type: 'pkcs8', format: 'der' }))).toBe(false);
  });
});
