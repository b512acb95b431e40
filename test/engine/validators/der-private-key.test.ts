import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64DerPrivateKey, hexDerPrivateKey } from '../../../src/engine/validators/der-private-key.js';
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
    // the next log line's year, read on as if it wrapped the value, does not make it longer
    expect(base64DerPrivateKey(`${edKey}\n2026`, { lead: '2026-04-26 12:36:01 ' })).toBe(false);
    expect(base64DerPrivateKey(edKey, { lead: '  "' })).toBe(false);
    expect(base64DerPrivateKey(edKey, { lead: '"key": "' })).toBe(true);
    // a longer key can only be a whole value, even when quoted in a list
    expect(base64DerPrivateKey(der(ec.privateKey, 'sec1'), { lead: '  "' })).toBe(true);
  });
});

describe('wrapped base64 DER', () => {
  const value = der(rsa.privateKey, 'pkcs8');
  const wrapped = (sep: string): string => value.match(/.{1,64}/g)!.join(sep);

  it('joins lines wrapped by a YAML block scalar, a MIME encoder or \\n escapes', () => {
    expect(base64DerPrivateKey(wrapped('\n    '), { lead: '    ', groups: { block: ': |' } })).toBe(true);
    expect(base64DerPrivateKey(wrapped('\r\n'), assigned)).toBe(true);
    expect(base64DerPrivateKey(wrapped('\\n'), { lead: '"privateKey": "' })).toBe(true);
  });

  it('drops a short word the next line brought along, but not a key cut short', () => {
    expect(base64DerPrivateKey(`${wrapped('\n  ')}\n  done`, { lead: '  ', groups: { block: ':|' } })).toBe(true);
    const cut = value
      .match(/.{1,64}/g)!
      .slice(0, -3)
      .join('\n');
    expect(base64DerPrivateKey(cut, assigned)).toBe(false);
  });

  it('leaves wrapped lines under no name and no block indicator to the PEM rules', () => {
    expect(base64DerPrivateKey(wrapped('\n'), { lead: '' })).toBe(false);
  });
});

describe('der-hex-private-key validator', () => {
  const hex = (k: { export(o: object): string | Buffer }, type: string): string =>
    (k.export({ format: 'der', type }) as Buffer).toString('hex');

  it('is registered by name', () => {
    expect(getValidator('der-hex-private-key')).toBe(hexDerPrivateKey);
  });

  it('accepts the hex of each private-key structure, in either case', () => {
    expect(hexDerPrivateKey(hex(rsa.privateKey, 'pkcs1'))).toBe(true);
    expect(hexDerPrivateKey(hex(rsa.privateKey, 'pkcs8').toUpperCase())).toBe(true);
    expect(hexDerPrivateKey(hex(ec.privateKey, 'sec1'))).toBe(true);
    expect(hexDerPrivateKey(hex(ed.privateKey, 'pkcs8'))).toBe(true);
  });

  it('rejects a public key, a key cut short and an odd digit count', () => {
    expect(hexDerPrivateKey(hex(ec.publicKey, 'spki'))).toBe(false);
    expect(hexDerPrivateKey(hex(ec.privateKey, 'sec1').slice(0, 100))).toBe(false);
    expect(hexDerPrivateKey(`${hex(ec.privateKey, 'sec1')}0`)).toBe(false);
  });
});
