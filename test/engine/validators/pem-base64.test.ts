import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import {
  base64PemEncryptedPrivateKey,
  base64PemPrivateKey,
  base64PemPrivateKeyUnverified,
} from '../../../src/engine/validators/pem-base64.js';

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

  describe('a value written in pieces', () => {
    const s = b64(ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    const wrapped = s.match(/.{1,64}/g)!;

    it('joins string literals, whatever the concatenation (Python, JS, Java, PHP)', () => {
      expect(base64PemPrivateKey(wrapped.join('"\n        "'))).toBe(true);
      expect(base64PemPrivateKey(wrapped.join('" +\n  "'))).toBe(true);
      expect(base64PemPrivateKey(wrapped.join('"\n    + "'))).toBe(true);
      expect(base64PemPrivateKey(wrapped.join("' .\n '"))).toBe(true);
    });

    it('joins wrapped lines, and escaped line breaks', () => {
      expect(base64PemPrivateKey(wrapped.join('\n    '))).toBe(true);
      expect(base64PemPrivateKey(wrapped.join('\\n'))).toBe(true);
    });

    it('drops the first word of the next line when a wrapped value took it in', () => {
      expect(base64PemPrivateKey(`${wrapped.join('\n  ')}\nkind`)).toBe(true);
    });

    it('still needs the joined text to be a key', () => {
      expect(base64PemPrivateKey(wrapped.slice(0, -2).join('"\n"'))).toBe(false);
    });
  });

  it('reports a block damaged after encoding (its label cut after PRIVATE) as unverified only', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    const damaged = b64(pem.replace('RSA PRIVATE KEY-----\n', 'PRIVATE ').replace(/(.{200})......./s, '$1'));
    expect(base64PemPrivateKey(damaged)).toBe(false);
    expect(base64PemPrivateKeyUnverified(damaged)).toBe(true);
    expect(base64PemPrivateKeyUnverified(b64('-----BEGIN PRIVATE MIIE...'.padEnd(300, 'A')))).toBe(false);
  });

  describe('unverified', () => {
    // An RSA body is long enough (an EC one is under MIN_INNER's 256 characters).
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const lines = pem.trim().split('\n');
    // The body of a real key with its DER structure broken: a key cut short or hand-edited.
    const body = lines.slice(1, -1).join('');
    const broken = `${lines[0]}\nAAAA${body.slice(4)}\n${lines.at(-1)}\n`;

    it('accepts a long, varied key body that the structural checks reject', () => {
      expect(base64PemPrivateKey(b64(broken))).toBe(false);
      expect(base64PemPrivateKeyUnverified(b64(broken))).toBe(true);
    });

    it('leaves verified keys to the verified rules, and rejects placeholders', () => {
      expect(base64PemPrivateKeyUnverified(b64(pem))).toBe(false);
      expect(
        base64PemPrivateKeyUnverified(b64('-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n')),
      ).toBe(false);
    });

    it('decodes the outer base64 once', () => {
      const secret = b64(broken);
      const from = vi.spyOn(Buffer, 'from');
      try {
        base64PemPrivateKeyUnverified(secret);
        expect(from.mock.calls.filter(([arg]) => arg === secret)).toHaveLength(1);
      } finally {
        from.mockRestore();
      }
    });
  });
});
