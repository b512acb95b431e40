import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64PemEncryptedPrivateKey, base64PemPrivateKey } from '../../../src/engine/validators/pem-base64.js';

const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('pem-base64', () => {
  it('accepts a base64-encoded PEM private key (Kubernetes tls.key)', () => {
    const s = b64(ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string);
    expect(s.startsWith('LS0tLS1CRUdJTi')).toBe(true);
    expect(base64PemPrivateKey(s)).toBe(true);
    expect(base64PemEncryptedPrivateKey(s)).toBe(false);
  });

  it('routes passphrase-protected keys to the encrypted check', () => {
    const s = b64(
      ec.privateKey.export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: 'pw-for-test',
      }) as string,
    );
    expect(base64PemEncryptedPrivateKey(s)).toBe(true);
    expect(base64PemPrivateKey(s)).toBe(false);
  });

  it('rejects certificates, public keys and placeholders', () => {
    expect(base64PemPrivateKey(b64(ec.publicKey.export({ type: 'spki', format: 'pem' }) as string))).toBe(false);
    expect(base64PemPrivateKey(b64('-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n'))).toBe(false);
    expect(base64PemPrivateKey(b64('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n'))).toBe(
      false,
    );
  });
});
