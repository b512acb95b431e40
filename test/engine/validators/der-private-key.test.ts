import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64DerPrivateKey } from '../../../src/engine/validators/der-private-key.js';
import { getValidator } from '../../../src/engine/validators/index.js';

// Throwaway keys generated in memory for each run; nothing here is stored or reused.
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const der = (k: { export(o: object): string | Buffer }, type: string): string =>
  (k.export({ format: 'der', type }) as Buffer).toString('base64');
const assigned = { lead: 'SIGNING_KEY=' };

describe('der-base64-private-key validator', () => {
  it('is registered by name', () => {
    expect(getValidator('der-base64-private-key')).toBe(base64DerPrivateKey);
  });

  it('accepts PKCS#8 and PKCS#1 RSA, SEC 1 and PKCS#8 EC, and PKCS#8 Ed25519 keys', () => {
    for (const value of [
      der(rsa.privateKey, 'pkcs8'),
      der(rsa.privateKey, 'pkcs1'),
      der(ec.privateKey, 'sec1'),
      der(ec.privateKey, 'pkcs8'),
      der(ed.privateKey, 'pkcs8'),
    ]) {
      expect(base64DerPrivateKey(value, assigned)).toBe(true);
    }
  });

  it('rejects public keys, truncated keys and base64 that is not DER', () => {
    expect(base64DerPrivateKey(der(rsa.publicKey, 'spki'), assigned)).toBe(false);
    expect(base64DerPrivateKey(der(ec.publicKey, 'spki'), assigned)).toBe(false);
    const full = der(rsa.privateKey, 'pkcs8');
    expect(base64DerPrivateKey(full.slice(0, 400), assigned)).toBe(false);
    expect(base64DerPrivateKey(Buffer.from('x'.repeat(120)).toString('base64'), assigned)).toBe(false);
  });

  it('leaves PEM body lines to the PEM rules', () => {
    const edKey = der(ed.privateKey, 'pkcs8');
    expect(edKey).toHaveLength(64);
    // alone on its line, behind a log prefix, or as one string of a concatenation
    expect(base64DerPrivateKey(edKey, { lead: '    ' })).toBe(false);
    expect(base64DerPrivateKey(edKey, { lead: '2026-04-26 12:36:01 ' })).toBe(false);
    expect(base64DerPrivateKey(edKey, { lead: '  "' })).toBe(false);
    expect(base64DerPrivateKey(edKey, { lead: '"key": "' })).toBe(true);
    // a longer key can only be a whole value, even when quoted in a list
    expect(base64DerPrivateKey(der(ec.privateKey, 'sec1'), { lead: '  "' })).toBe(true);
  });
});
