import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { opensshEncryptedPrivateKey, opensshPrivateKey } from '../../../src/engine/validators/openssh-key.js';
import { wireString, wireUint32 } from '../../../src/engine/validators/ssh-wire.js';

const bytes = (n: number, seed: string) => {
  const out: number[] = [];
  for (let i = 0; out.length < n; i++) out.push(...createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.from(out.slice(0, n));
};

/** Builds an openssh-key-v1 file (PROTOCOL.key) around a throwaway Ed25519 key. */
function opensshFile(opts: { encrypted?: boolean; magic?: string; checkints?: [number, number] } = {}): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32);
  const seed = (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).subarray(-32);
  const pubBlob = Buffer.concat([wireString('ssh-ed25519'), wireString(pub)]);
  let priv: Buffer;
  if (opts.encrypted) {
    priv = bytes(144, 'ciphertext');
  } else {
    const [a, b] = opts.checkints ?? [0x1234abcd, 0x1234abcd];
    const body = Buffer.concat([
      wireUint32(a),
      wireUint32(b),
      wireString('ssh-ed25519'),
      wireString(pub),
      wireString(Buffer.concat([seed, pub])),
      wireString('test@host'),
    ]);
    const pad: number[] = [];
    for (let i = 1; (body.length + pad.length) % 8 !== 0; i++) pad.push(i);
    priv = Buffer.concat([body, Buffer.from(pad)]);
  }
  const blob = Buffer.concat([
    Buffer.from(opts.magic ?? 'openssh-key-v1\0', 'latin1'),
    wireString(opts.encrypted ? 'aes256-ctr' : 'none'),
    wireString(opts.encrypted ? 'bcrypt' : 'none'),
    wireString(opts.encrypted ? Buffer.concat([wireString(bytes(16, 'salt')), wireUint32(16)]) : Buffer.alloc(0)),
    wireUint32(1),
    wireString(pubBlob),
    wireString(priv),
  ]);
  const b64 = blob
    .toString('base64')
    .match(/.{1,70}/g)!
    .join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

describe('openssh-key', () => {
  it('accepts an unencrypted openssh-key-v1 file, also JSON-escaped', () => {
    const k = opensshFile();
    expect(opensshPrivateKey(k)).toBe(true);
    expect(opensshPrivateKey(JSON.stringify({ key: k }))).toBe(true);
    expect(opensshEncryptedPrivateKey(k)).toBe(false);
  });

  it('accepts a bcrypt-protected file only as encrypted', () => {
    const k = opensshFile({ encrypted: true });
    expect(opensshEncryptedPrivateKey(k)).toBe(true);
    expect(opensshPrivateKey(k)).toBe(false);
  });

  it('rejects a wrong magic, differing checkints and random bodies', () => {
    expect(opensshPrivateKey(opensshFile({ magic: 'openssh-key-v2\0' }))).toBe(false);
    expect(opensshPrivateKey(opensshFile({ checkints: [1, 2] }))).toBe(false);
    const random = bytes(240, 'random').toString('base64');
    expect(opensshPrivateKey(`-----BEGIN OPENSSH PRIVATE KEY-----\n${random}\n-----END OPENSSH PRIVATE KEY-----`)).toBe(
      false,
    );
    expect(
      opensshPrivateKey(
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA...\n-----END OPENSSH PRIVATE KEY-----',
      ),
    ).toBe(false);
  });
});
