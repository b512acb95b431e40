import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  loosePemPrivateKey,
  pemEncryptedPrivateKey,
  pemLegacyEncrypted,
  pemPrivateKey,
  parsePem,
  readOpenTlv,
  readTlv,
} from '../../../src/engine/validators/pem-private-key.js';

// Throwaway keys generated in memory for each run; nothing here is stored or reused.
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const sec1 = ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string;
const ed8 = ed.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const encrypted8 = ed.privateKey.export({
  type: 'pkcs8',
  format: 'pem',
  cipher: 'aes-256-cbc',
  passphrase: 'pw-for-test',
}) as string;
const legacy = rsa.privateKey.export({
  type: 'pkcs1',
  format: 'pem',
  cipher: 'aes-128-cbc',
  passphrase: 'pw-for-test',
}) as string;

describe('pem-private-key', () => {
  it('accepts PKCS#1, PKCS#8, SEC 1 and Ed25519 keys', () => {
    for (const k of [pkcs1, pkcs8, sec1, ed8]) expect(pemPrivateKey(k), k.split('\n')[0]).toBe(true);
  });

  it('accepts keys embedded as JSON strings, concatenated literals and indented YAML', () => {
    expect(pemPrivateKey(JSON.stringify({ private_key: pkcs8 }))).toBe(true);
    const concat = ed8
      .trimEnd()
      .split('\n')
      .map((l) => `  "${l}\\n"`)
      .join(' +\n');
    expect(pemPrivateKey(`const k =\n${concat};`)).toBe(true);
    expect(pemPrivateKey(sec1.replace(/^/gm, '    '))).toBe(true);
  });

  it('rejects public keys, placeholders, truncated and random bodies', () => {
    expect(pemPrivateKey(rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string)).toBe(false);
    expect(pemPrivateKey('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----')).toBe(false);
    const lines = pkcs1.trimEnd().split('\n');
    expect(pemPrivateKey([...lines.slice(0, 5), ...lines.slice(-1)].join('\n'))).toBe(false);
    const random = Buffer.alloc(300, 7).toString('base64');
    expect(pemPrivateKey(`-----BEGIN RSA PRIVATE KEY-----\n${random}\n-----END RSA PRIVATE KEY-----`)).toBe(false);
    // A private key's armor with a public key's END label is not a PEM block.
    expect(pemPrivateKey(pkcs1.replace('END RSA PRIVATE', 'END RSA PUBLIC'))).toBe(false);
  });

  it('accepts private key labels mixed by hand: the DER body is still the key', () => {
    expect(pemPrivateKey(pkcs1.replace('END RSA', 'END EC'))).toBe(true);
    expect(pemPrivateKey(pkcs8.replace('END PRIVATE', 'END RSA PRIVATE'))).toBe(true);
  });

  it('tells encrypted forms apart', () => {
    expect(pemPrivateKey(encrypted8)).toBe(false);
    expect(pemEncryptedPrivateKey(encrypted8)).toBe(true);
    expect(pemEncryptedPrivateKey(pkcs8)).toBe(false);
    expect(legacy).toContain('Proc-Type: 4,ENCRYPTED');
    expect(pemPrivateKey(legacy)).toBe(false);
    expect(pemLegacyEncrypted(legacy)).toBe(true);
    expect(pemLegacyEncrypted(pkcs1)).toBe(false);
  });

  it('legacy check needs a block-sized IV and whole blocks of ciphertext', () => {
    const body = Buffer.alloc(64, 1).toString('base64');
    const make = (dek: string, b = body) =>
      `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: ${dek}\n\n${b}\n-----END RSA PRIVATE KEY-----`;
    expect(pemLegacyEncrypted(make('AES-128-CBC,00112233445566778899AABBCCDDEEFF'))).toBe(true);
    expect(pemLegacyEncrypted(make('DES-EDE3-CBC,0011223344556677'))).toBe(true);
    expect(pemLegacyEncrypted(make('AES-128-CBC,0011'))).toBe(false);
    expect(
      pemLegacyEncrypted(make('AES-128-CBC,00112233445566778899AABBCCDDEEFF', Buffer.alloc(65, 1).toString('base64'))),
    ).toBe(false);
  });

  it('reads DER lengths in short and long form and rejects overruns', () => {
    expect(readTlv(Buffer.from([0x30, 0x03, 1, 2, 3]), 0)).toEqual({ tag: 0x30, start: 2, end: 5 });
    const long = Buffer.concat([Buffer.from([0x04, 0x81, 0x80]), Buffer.alloc(0x80)]);
    expect(readTlv(long, 0)).toEqual({ tag: 0x04, start: 3, end: 0x83 });
    expect(readTlv(Buffer.from([0x30, 0x05, 1]), 0)).toBeUndefined();
    // Non-minimal length encoding is not DER.
    expect(readTlv(Buffer.from([0x30, 0x81, 0x01, 0]), 0)).toBeUndefined();
    expect(parsePem('no pem here')).toBeUndefined();
  });

  it('reads a TLV whose contents run past a buffer cut short, but not one whose length is cut', () => {
    // A SEQUENCE of 0x0122 bytes of which four are shown: the start of a truncated key.
    const cut = Buffer.from([0x30, 0x82, 0x01, 0x22, 0x02, 0x01]);
    expect(readTlv(cut, 0)).toBeUndefined();
    expect(readOpenTlv(cut, 0)).toEqual({ tag: 0x30, start: 4, end: 4 + 0x122 });
    expect(readOpenTlv(Buffer.from([0x30, 0x82, 0x01]), 0)).toBeUndefined();
    expect(readOpenTlv(Buffer.from([0x30, 0x81, 0x01, 0]), 0)).toBeUndefined();
  });
});

describe('loosePemPrivateKey', () => {
  it('reads armor lines with four dashes or spaces inside them', () => {
    expect(loosePemPrivateKey(pkcs1.trim().replace(/-----/g, '----'))).toBe(true);
    const spaced = sec1.trim().replace(/-----(BEGIN|END) (.*?)-----/g, '---- $1 $2 ----');
    expect(loosePemPrivateKey(spaced)).toBe(true);
  });

  it('leaves standard armor to pemPrivateKey and still checks the body', () => {
    expect(loosePemPrivateKey(pkcs8.trim())).toBe(false);
    const edited = pkcs1
      .trim()
      .replace(/-----/g, '----')
      .replace(/\n[A-Za-z0-9+/]{64}\n/, '\n');
    expect(loosePemPrivateKey(edited)).toBe(false);
  });
});
