import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  armorPgpPrivateKey,
  crc24,
  pgpPrivateKey,
  startsWithSecretKeyPacket,
} from '../../../src/engine/validators/pgp-armor.js';

const bytes = (n: number, seed: string) => {
  const out: number[] = [];
  for (let i = 0; out.length < n; i++) out.push(...createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.from(out.slice(0, n));
};

/** A v4 Secret-Key packet (EdDSA) followed by a User ID packet, with random key material. */
function secretKeyBody(tag = 0xc5): Buffer {
  const key = Buffer.concat([
    Buffer.from([4, 0x67, 0x80, 0x12, 0x34, 22, 9]),
    Buffer.from('2b06010401da470f01', 'hex'),
    Buffer.from([0x01, 0x07, 0x40]),
    bytes(32, 'public'),
    Buffer.from([0x00, 0x00, 0xff]),
    bytes(34, 'secret'),
  ]);
  const uid = Buffer.from('Test Signer');
  return Buffer.concat([Buffer.from([tag, key.length]), key, Buffer.from([0xcd, uid.length]), uid]);
}

describe('pgp-armor', () => {
  it('computes the RFC 4880 CRC-24', () => {
    expect(crc24(Buffer.alloc(0))).toBe(0xb704ce);
    expect(crc24(Buffer.from('123456789'))).toBe(0x21cf02);
  });

  it('accepts an armored secret key with a matching checksum, with or without headers', () => {
    expect(pgpPrivateKey(armorPgpPrivateKey(secretKeyBody()))).toBe(true);
    expect(pgpPrivateKey(armorPgpPrivateKey(secretKeyBody(), ['Comment: test key', 'Version: 1']))).toBe(true);
    expect(pgpPrivateKey(JSON.stringify(armorPgpPrivateKey(secretKeyBody())))).toBe(true);
    // Pasted into a doc comment or a script's comments, each line behind the marker.
    for (const marker of [' *  ', '// ', '# ']) {
      const commented = armorPgpPrivateKey(secretKeyBody(), ['Version: GnuPG v1'])
        .split('\n')
        .map((l) => marker + l)
        .join('\n');
      expect(pgpPrivateKey(`/*\n${commented}\n */`), marker).toBe(true);
    }
    // RFC 9580 makes the checksum optional.
    expect(pgpPrivateKey(armorPgpPrivateKey(secretKeyBody()).replace(/\n=.{4}\n/, '\n'))).toBe(true);
  });

  it('accepts an old-format packet header (tag 5, one-octet length)', () => {
    const body = secretKeyBody();
    body[0] = 0x94;
    expect(startsWithSecretKeyPacket(body)).toBe(true);
  });

  it('rejects a wrong checksum, a public key body and placeholders', () => {
    const good = armorPgpPrivateKey(secretKeyBody());
    const bad = good.replace(/\n=(.)(...)\n/, (_, a: string, rest: string) => `\n=${a === 'A' ? 'B' : 'A'}${rest}\n`);
    expect(pgpPrivateKey(bad)).toBe(false);
    expect(pgpPrivateKey(armorPgpPrivateKey(secretKeyBody(0xc6)))).toBe(false);
    expect(
      pgpPrivateKey('-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF...\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----'),
    ).toBe(false);
  });
});
