import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encryptedDerKeyBase64, isPasswordEncryptedPkcs8 } from '../../../src/engine/validators/encrypted-der-key.js';

// Throwaway keys, encrypted under a password as `openssl pkcs8 -topk8 -outform DER` does (PBES2).
const encrypted = (type: 'ec' | 'rsa'): Buffer =>
  (type === 'ec'
    ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
    : generateKeyPairSync('rsa', { modulusLength: 1024 })
  ).privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'changeit' });

describe('encrypted PKCS#8 in DER', () => {
  it('takes an EncryptedPrivateKeyInfo under PBES2, short and long outer lengths', () => {
    for (const der of [encrypted('ec'), encrypted('rsa')]) {
      expect(isPasswordEncryptedPkcs8(der)).toBe(true);
      expect(encryptedDerKeyBase64(der.toString('base64'), { lead: 'SNOWFLAKE_PRIVATE_KEY=' })).toBe(true);
    }
  });

  it('turns down a DigestInfo of the same shape, a cut-off key and a PEM body line', () => {
    // SEQUENCE { AlgorithmIdentifier (SHA-256), OCTET STRING (32 bytes) }: a signature's digest.
    const digestInfo = Buffer.concat([Buffer.from('3031300d060960864801650304020105000420', 'hex'), randomBytes(32)]);
    expect(isPasswordEncryptedPkcs8(digestInfo)).toBe(false);
    const der = encrypted('rsa');
    expect(isPasswordEncryptedPkcs8(der.subarray(0, der.length - 16))).toBe(false);
    const b64 = der.toString('base64');
    expect(encryptedDerKeyBase64(b64, { lead: '', lineAbove: '-----BEGIN ENCRYPTED PRIVATE KEY-----' })).toBe(false);
    expect(encryptedDerKeyBase64(b64, { lead: '    ', lineAbove: 'signing:' })).toBe(false);
    expect(encryptedDerKeyBase64(b64, { lead: '    ', lineAbove: '  private_key: |' })).toBe(true);
  });
});
