import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { firefoxLoginCiphertext } from '../../../src/engine/validators/firefox-logins.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const tlv = (tag: number, body: Buffer): Buffer =>
  Buffer.concat([Buffer.from(body.length < 128 ? [tag, body.length] : [tag, 0x81, body.length]), body]);
const LOGINS_KEY_ID = Buffer.from('f8000000000000000000000000000001', 'hex');
const DES3 = '2a864886f70d0307';
const AES256 = '60864801650304012a';

/** An SDR value laid out as NSS writes it, around random bytes (never a real login). */
function sdr(oid: string, ivLength: number, cipherLength: number, keyId = LOGINS_KEY_ID): string {
  const alg = tlv(0x30, Buffer.concat([tlv(0x06, Buffer.from(oid, 'hex')), tlv(0x04, randomBytes(ivLength))]));
  return tlv(0x30, Buffer.concat([tlv(0x04, keyId), alg, tlv(0x04, randomBytes(cipherLength))])).toString('base64');
}

describe('firefox-login-ciphertext validator', () => {
  it('is registered by name', () => {
    expect(getValidator('firefox-login-ciphertext')).toBe(firefoxLoginCiphertext);
  });

  it('accepts 3DES and AES-256 values of whole blocks, short and long', () => {
    expect(firefoxLoginCiphertext(sdr(DES3, 8, 16))).toBe(true);
    expect(firefoxLoginCiphertext(sdr(DES3, 8, 120))).toBe(true);
    expect(firefoxLoginCiphertext(sdr(AES256, 16, 48))).toBe(true);
  });

  it('rejects partial blocks, a wrong IV size, another key id and other base64', () => {
    expect(firefoxLoginCiphertext(sdr(DES3, 8, 13))).toBe(false);
    expect(firefoxLoginCiphertext(sdr(AES256, 8, 32))).toBe(false);
    expect(firefoxLoginCiphertext(sdr(DES3, 8, 16, randomBytes(16)))).toBe(false);
    expect(firefoxLoginCiphertext(Buffer.from('{"user":"ana","pass":"x"}').toString('base64'))).toBe(false);
  });
});
