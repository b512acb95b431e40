import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startsLikePrivateKeyDer, truncatedPemPrivateKey } from '../../../src/engine/validators/truncated-pem.js';

// Throwaway keys generated in memory for each run.
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pemLines = (pem: string): string[] => pem.trim().split('\n');
const pkcs1 = pemLines(rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string);
const pkcs8 = pemLines(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
const sec1 = pemLines(ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string);
const spki = pemLines(rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string);
/** The BEGIN line and the first `n` body lines, as a paste cut off there shows them. */
const cut = (lines: string[], n: number): string => lines.slice(0, n + 1).join('\n');

describe('truncatedPemPrivateKey', () => {
  it('takes the start of a PKCS#1, PKCS#8 or SEC 1 key cut off before its END line', () => {
    expect(truncatedPemPrivateKey(cut(pkcs1, 5))).toBe(true);
    expect(truncatedPemPrivateKey(`${cut(pkcs8, 4)}\n2024-05-02 10:14:08 INFO retrying`)).toBe(true);
    expect(truncatedPemPrivateKey(cut(sec1, 3))).toBe(true);
  });

  it('reads the block through JSON escapes and indentation', () => {
    expect(truncatedPemPrivateKey(cut(pkcs1, 4).replace(/\n/g, '\\n'))).toBe(true);
    expect(truncatedPemPrivateKey(cut(pkcs1, 4).replace(/\n/g, '\n    '))).toBe(true);
  });

  it('reads the lines of a diff (`+` and `-`) and of a quoted mail', () => {
    const wear = (prefix: string) => cut(pkcs1, 5).replace(/^/gm, prefix);
    for (const prefix of ['+', '-', '> ']) {
      const text = wear(prefix);
      expect(truncatedPemPrivateKey(text.slice(text.indexOf('-----BEGIN')))).toBe(true);
    }
  });

  it('leaves a block whose END line was re-typed or sits behind a diff `-` to the other rules', () => {
    expect(truncatedPemPrivateKey(cut(pkcs1, 5), { after: '----END RSA PRIVATE KEY----' })).toBe(false);
    expect(truncatedPemPrivateKey(cut(pkcs1, 5), { after: '------END RSA PRIVATE KEY-----' })).toBe(false);
    expect(truncatedPemPrivateKey(`${cut(pkcs1, 5)}\n---- END RSA PRIVATE KEY ----`)).toBe(false);
  });

  it('keeps a `+` that ends a line of data, and drops one that concatenates strings', () => {
    // An Ed448 key is one line and a bit: its first line ends in `+` about once in 64 keys.
    const body =
      'MEcCAQAwBQYDK2VxBDsEOagVZ2ztyeK76xWoXuyevmwpmSJHhVvaNdOHg7dt9n9+\nhrhJG9MD7qLLHWDAZQwMb4GJzuDrcqHtAQ==';
    expect(truncatedPemPrivateKey(`-----BEGIN PRIVATE KEY-----\n${body}\n\nalgorithm: Ed448`)).toBe(true);
    const quoted = body.split('\n').map((l) => `"${l}" +`);
    expect(truncatedPemPrivateKey(`-----BEGIN PRIVATE KEY-----" +\n${quoted.join('\n')}\n"";`)).toBe(true);
  });

  it('leaves a whole block, an elided one and a short excerpt to the other rules', () => {
    expect(truncatedPemPrivateKey(cut(pkcs1, 5), { after: '-----END RSA PRIVATE KEY-----' })).toBe(false);
    expect(truncatedPemPrivateKey(`${cut(pkcs1, 5)}\n...\n`)).toBe(false);
    expect(truncatedPemPrivateKey(`${cut(pkcs1, 5)}\n<snip>\n`)).toBe(false);
    expect(truncatedPemPrivateKey(cut(pkcs1, 1))).toBe(false);
  });

  it('turns down base64 that is not a private key', () => {
    const pub = spki.slice(1, 5).join('\n');
    expect(truncatedPemPrivateKey(`-----BEGIN PRIVATE KEY-----\n${pub}`)).toBe(false);
    const text = Buffer.from('not a key '.repeat(30))
      .toString('base64')
      .match(/.{1,64}/g)!;
    expect(truncatedPemPrivateKey(`-----BEGIN RSA PRIVATE KEY-----\n${text.join('\n')}`)).toBe(false);
  });
});

describe('startsLikePrivateKeyDer', () => {
  it('knows the opening fields of each private-key structure, whatever follows', () => {
    for (const type of ['pkcs1', 'pkcs8'] as const) {
      const der = rsa.privateKey.export({ type, format: 'der' });
      expect(startsLikePrivateKeyDer(der.subarray(0, 60))).toBe(true);
    }
    expect(startsLikePrivateKeyDer(ec.privateKey.export({ type: 'sec1', format: 'der' }))).toBe(true);
    expect(startsLikePrivateKeyDer(rsa.publicKey.export({ type: 'spki', format: 'der' }))).toBe(false);
  });

  it('turns down a version other than 0 or 1, and a length that is not DER', () => {
    const der = rsa.privateKey.export({ type: 'pkcs1', format: 'der' }).subarray(0, 60);
    const v2 = Buffer.from(der);
    v2[6] = 2; // 30 82 xx xx 02 01 <version>
    expect(startsLikePrivateKeyDer(v2)).toBe(false);
    const longForm = Buffer.concat([Buffer.from([0x30, 0x84, 0, 0]), der.subarray(2)]);
    expect(startsLikePrivateKeyDer(longForm)).toBe(false);
  });
});
