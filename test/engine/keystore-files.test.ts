/**
 * Key stores committed as binary files (issue 11): a `.p12` read whole is judged by the PKCS#12
 * rule, as its base64 would be in a config; so is a `.jks`. The finding spans the file and shows
 * none of its bytes.
 */
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mayBeKeyStoreFile, openKeyStoreFile } from '../../src/engine/keystore-files.js';
import { pfx } from '../helpers/pkcs12.js';
import { scan } from '../helpers/builtin-scan.js';

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const utf = (s: string): Buffer => Buffer.concat([Buffer.from([0, s.length]), Buffer.from(s)]);

/** A JKS file with one private key entry (opaque protected key, one certificate) and its digest. */
function jksWithKey(): Buffer {
  const entry = Buffer.concat([
    u32(1),
    utf('release'),
    Buffer.alloc(8),
    u32(200),
    randomBytes(200),
    u32(1),
    utf('X.509'),
    u32(300),
    randomBytes(300),
  ]);
  return Buffer.concat([u32(0xfeedfeed), u32(2), u32(1), entry, randomBytes(20)]);
}

describe('key store files', () => {
  it('reports a .p12 holding a key, over the whole file, with nothing of it shown', () => {
    const file = pfx(['sealed', ['shrouded-key']]);
    const found = scan(file, 'deploy/signing.p12');
    expect(found.map((m) => [m.ruleId, m.decodedFrom, m.confidence, m.start, m.end])).toEqual([
      ['pkcs12-keystore-base64', 'pkcs12-file', 'medium', 0, file.length],
    ]);
    expect(found[0]!.secret).toBe(file.toString('base64'));
    expect(found[0]!.window.bytes).toBe('');
  });

  it('reports an unencrypted key bag at high confidence, whatever the file is called', () => {
    const found = scan(pfx([['certificate', 'key']]), 'build/output.bin');
    expect(found.map((m) => [m.ruleId, m.confidence])).toEqual([['pkcs12-keystore-base64', 'high']]);
  });

  it('leaves a PKCS#12 of certificates only alone', () => {
    expect(scan(pfx([['certificate'], ['certificate']]), 'ca.p12')).toEqual([]);
  });

  it('reads a .p12 in BER (Bouncy Castle, NSS) as one in DER', () => {
    const file = pfx(['sealed', ['shrouded-key']], { ber: true });
    expect(mayBeKeyStoreFile(file)).toBe(true);
    expect(scan(file, 'src/main/resources/client.p12').map((m) => [m.ruleId, m.decodedFrom, m.end])).toEqual([
      ['pkcs12-keystore-base64', 'pkcs12-file', file.length],
    ]);
    expect(scan(pfx([['certificate']], { ber: true }), 'ca.p12')).toEqual([]);
    // Not closed by its end-of-contents: not a whole store.
    expect(mayBeKeyStoreFile(file.subarray(0, file.length - 2))).toBe(false);
  });

  // Issue 11, class 3: from 64 KB on, DER writes the outer lengths in three bytes, and the
  // store's base64 opens `MIM` where a smaller one's opens `MII`.
  it('reports a store of 64 KB or more, in base64 in a config and as a file', () => {
    const chain = Array<'certificate'>(170).fill('certificate');
    const big = pfx(['sealed', ['shrouded-key', ...chain]]);
    expect(big.length).toBeGreaterThan(65_536);
    expect(big.subarray(0, 2)).toEqual(Buffer.from([0x30, 0x83]));
    const b64 = big.toString('base64');
    expect(scan(`SIGNING_P12_BASE64=${b64}\n`, '.env').map((m) => [m.ruleId, m.secret.length])).toEqual([
      ['pkcs12-keystore-base64', b64.length],
    ]);
    const yaml = `data:\n  keystore.p12: |\n${b64.replace(/.{1,76}/g, '    $&\n')}`;
    expect(scan(yaml, 'secret.yaml').map((m) => [m.ruleId, m.line])).toEqual([['pkcs12-keystore-base64', 3]]);
    expect(scan(big, 'release.p12').map((m) => [m.ruleId, m.end])).toEqual([['pkcs12-keystore-base64', big.length]]);
    expect(scan(pfx([chain]).toString('base64'), 'ca.txt')).toEqual([]);
  });

  // A private key saved as binary DER (`openssl genpkey -outform DER`, Java's PKCS8EncodedKeySpec
  // files, CloudFront's .der signing keys): no text run of it shows anything.
  describe('a private key saved as binary DER', () => {
    const der = (key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1'): Buffer =>
      key.export({ type, format: 'der' } as never) as unknown as Buffer;
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const files: [string, Buffer][] = [
      ['RSA PKCS#8', der(rsa.privateKey, 'pkcs8')],
      ['RSA PKCS#1', der(rsa.privateKey, 'pkcs1')],
      ['EC SEC 1', der(ec.privateKey, 'sec1')],
      ['EC PKCS#8', der(ec.privateKey, 'pkcs8')],
      ['Ed25519 PKCS#8', der(generateKeyPairSync('ed25519').privateKey, 'pkcs8')],
    ];
    for (const [kind, file] of files) {
      it(`reports ${kind}, over the whole file`, () => {
        expect(mayBeKeyStoreFile(file)).toBe(true);
        expect(scan(file, 'keys/signing.der').map((m) => [m.ruleId, m.decodedFrom, m.start, m.end])).toEqual([
          ['private-key-der-base64', 'der-key-file', 0, file.length],
        ]);
      });
    }

    it('leaves public keys, a key cut short and a key with bytes after it alone', () => {
      const spki = rsa.publicKey.export({ type: 'spki', format: 'der' });
      expect(scan(spki, 'keys/public.der')).toEqual([]);
      expect(scan(rsa.publicKey.export({ type: 'pkcs1', format: 'der' }), 'keys/public.der')).toEqual([]);
      const key = files[0]![1];
      expect(mayBeKeyStoreFile(key.subarray(0, key.length - 1))).toBe(false);
      expect(mayBeKeyStoreFile(Buffer.concat([key, Buffer.from([0])]))).toBe(false);
    });
  });

  it('reports a JKS file with a key entry', () => {
    const file = jksWithKey();
    expect(scan(file, 'app/release.keystore').map((m) => [m.ruleId, m.decodedFrom, m.end])).toEqual([
      ['java-keystore-base64', 'java-keystore-file', file.length],
    ]);
  });

  it('opens only what starts like a whole store', () => {
    const file = pfx([['key']]);
    expect(mayBeKeyStoreFile(file)).toBe(true);
    expect(openKeyStoreFile(file.toString('latin1'))?.text).toBe(file.toString('base64'));
    // Cut short or grown: the outer length no longer spans the file.
    expect(mayBeKeyStoreFile(file.subarray(0, file.length - 1))).toBe(false);
    expect(mayBeKeyStoreFile(Buffer.concat([file, Buffer.alloc(4)]))).toBe(false);
    // DER of another kind (a certificate: its SEQUENCE does not open with INTEGER 3).
    const cert = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00, 0x30, 0x81, 0xfd]), randomBytes(253)]);
    expect(mayBeKeyStoreFile(cert)).toBe(false);
    expect(openKeyStoreFile(Buffer.from('0\u0082 just text that starts with a zero'))).toBeUndefined();
  });
});
