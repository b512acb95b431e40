import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  base64PrintableText,
  cryptHash,
  jwkPrivateKey,
  laravelAppKey,
  winscpPassword,
} from '../../../src/engine/validators/credential-stores.js';

/** WinSCP's stored form of a password: flag, reserved byte, length, shift, random bytes, the text, padding. */
function winscpStore(text: string, shift = randomInt(0, 16)): string {
  const bytes = [0xff, 0x00, text.length, shift, ...randomBytes(shift)];
  for (const ch of text) bytes.push(ch.charCodeAt(0));
  while (bytes.length < 54) bytes.push(randomInt(0, 256));
  return bytes.map((d) => ((~d & 0xff) ^ 0xa3).toString(16).toUpperCase().padStart(2, '0')).join('');
}

describe('credential store validators', () => {
  it('base64PrintableText: a password stored as base64 text, not binary', () => {
    expect(base64PrintableText(Buffer.from('Rk8#vq2Lx9Tz').toString('base64'))).toBe(true);
    expect(base64PrintableText(randomBytes(24).toString('base64'))).toBe(false);
    expect(base64PrintableText('not base64!')).toBe(false);
  });

  it('winscpPassword: decodes the stored layout and wants printable text where it says', () => {
    expect(winscpPassword(winscpStore('deployfiles.acme.devRk8#vq2Lx9Tz'))).toBe(true);
    expect(winscpPassword(winscpStore('opsdb.internal.netVb92_lQp38Zm', 0))).toBe(true);
    // A length that runs past the stored bytes.
    expect(winscpPassword(`A35C${'00'.repeat(10)}`)).toBe(false);
    // A length byte of 163 with 30 bytes stored.
    expect(winscpPassword(`A35CFF${'00'.repeat(27)}`)).toBe(false);
  });

  it('laravelAppKey: 16 or 32 bytes of key', () => {
    expect(laravelAppKey(randomBytes(32).toString('base64'))).toBe(true);
    expect(laravelAppKey(randomBytes(16).toString('base64'))).toBe(true);
    expect(laravelAppKey(randomBytes(24).toString('base64'))).toBe(false);
  });

  it('cryptHash: the lengths each crypt(5) method writes', () => {
    expect(
      cryptHash(
        '$6$Qhh.124HTeciU2Bi$AsCCtiWr2dy.9RbURleVe5gWgZaz6rwSlfyV3INh2CmFW2kKpd9mMJtRTeadb6fbKbNAzPrSXS0Bz9w.aR.t21',
      ),
    ).toBe(true);
    expect(cryptHash('$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA')).toBe(true);
    expect(cryptHash('$1$/11RPLKy$f6IYVmX/fGOjhIkcWfncp1')).toBe(true);
    expect(cryptHash('$2b$12$SqecRU4UV6JzbQRoqHeqoeGDxkj6qvL/xH/xKykCHpfAGwCvJq3/u')).toBe(true);
    expect(cryptHash('$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7')).toBe(true);
    expect(cryptHash('$6$salt$tooShort')).toBe(false);
    expect(cryptHash('$2b$99$SqecRU4UV6JzbQRoqHeqoeGDxkj6qvL/xH/xKykCHpfAGwCvJq3/u')).toBe(false);
  });

  it('jwkPrivateKey: private or symmetric key material, not public keys', () => {
    const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    expect(jwkPrivateKey(JSON.stringify(jwk))).toBe(true);
    const { d: _d, ...pub } = jwk;
    expect(jwkPrivateKey(JSON.stringify(pub))).toBe(false);
    expect(jwkPrivateKey(JSON.stringify({ kty: 'oct', k: randomBytes(32).toString('base64url') }))).toBe(true);
    expect(jwkPrivateKey(JSON.stringify({ kty: 'oct', k: 'c2hvcnQ' }))).toBe(false);
    expect(jwkPrivateKey('{"kty": "EC", "d": ')).toBe(false);
    // A key type spelled otherwise still holds its private part in `d`; without a type it is no JWK.
    expect(jwkPrivateKey(JSON.stringify({ ...jwk, kty: '[EC]' }))).toBe(true);
    expect(jwkPrivateKey(JSON.stringify({ d: jwk.d }))).toBe(false);
    expect(jwkPrivateKey(JSON.stringify({ kty: 'EC', d: 'c2hvcnQ' }))).toBe(false);
  });

  it('jwkPrivateKey: a key written as an object literal in code (bare or single-quoted names)', () => {
    const { kty, crv, x, y, d } = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      format: 'jwk',
    });
    expect(jwkPrivateKey(`{ kty: "${kty}", crv: "${crv}", x: "${x}", y: "${y}", d: "${d}" }`)).toBe(true);
    expect(jwkPrivateKey(`{'kty': '${kty}', 'crv': '${crv}', 'x': '${x}', 'y': '${y}', 'd': '${d}'}`)).toBe(true);
    expect(jwkPrivateKey(`{ kty: "${kty}", crv: "${crv}", x: "${x}", y: "${y}" }`)).toBe(false);
    expect(jwkPrivateKey(`{ kty: "${kty}", d: process.env.JWK_D }`)).toBe(false);
  });
});
