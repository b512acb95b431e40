import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  parsePuttyKey,
  puttyEncryptedPrivateKey,
  puttyMac,
  puttyPrivateKey,
  puttyUnencryptedMacKey,
} from '../../../src/engine/validators/putty-key.js';
import { wireString } from '../../../src/engine/validators/ssh-wire.js';

const bytes = (n: number, seed: string) => {
  const out: number[] = [];
  for (let i = 0; out.length < n; i++) out.push(...createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.from(out.slice(0, n));
};

/** Writes a .ppk file as PuTTYgen lays it out (appendix C of the PuTTY manual). */
function ppk(opts: { version?: 2 | 3; encrypted?: boolean; comment?: string; nl?: string; mac?: string } = {}): string {
  const version = opts.version ?? 3;
  const comment = opts.comment ?? 'eddsa-key-20250301';
  const publicBlob = Buffer.concat([wireString('ssh-ed25519'), wireString(bytes(32, 'pub'))]);
  const privateBlob = opts.encrypted ? bytes(48, 'enc') : wireString(bytes(32, 'priv'));
  const encryption = opts.encrypted ? 'aes256-cbc' : 'none';
  const mac =
    opts.mac ??
    (opts.encrypted
      ? bytes(version === 2 ? 20 : 32, 'mac').toString('hex')
      : puttyMac(
          { version, algorithm: 'ssh-ed25519', encryption, comment, publicBlob, privateBlob },
          puttyUnencryptedMacKey(version),
        ));
  const lines = (b: Buffer) => b.toString('base64').match(/.{1,64}/g)!;
  const pub = lines(publicBlob);
  const priv = lines(privateBlob);
  const kdf =
    opts.encrypted && version === 3
      ? [
          'Key-Derivation: Argon2id',
          'Argon2-Memory: 8192',
          'Argon2-Passes: 13',
          'Argon2-Parallelism: 1',
          `Argon2-Salt: ${bytes(16, 'salt').toString('hex')}`,
        ]
      : [];
  return [
    `PuTTY-User-Key-File-${version}: ssh-ed25519`,
    `Encryption: ${encryption}`,
    `Comment: ${comment}`,
    `Public-Lines: ${pub.length}`,
    ...pub,
    ...kdf,
    `Private-Lines: ${priv.length}`,
    ...priv,
    `Private-MAC: ${mac}`,
    '',
  ].join(opts.nl ?? '\n');
}

describe('putty-key', () => {
  it('verifies the Private-MAC of unencrypted format 2 and 3 files', () => {
    expect(puttyPrivateKey(ppk())).toBe(true);
    expect(puttyPrivateKey(ppk({ version: 2, nl: '\r\n' }))).toBe(true);
    expect(puttyPrivateKey(ppk({ comment: 'clé de déploiement' }))).toBe(true);
  });

  it('rejects a file whose MAC, comment or key lines were edited', () => {
    const good = ppk();
    const mac = /Private-MAC: (\w+)/.exec(good)![1]!;
    expect(puttyPrivateKey(good.replace(mac, mac.slice(0, -1) + (mac.endsWith('0') ? '1' : '0')))).toBe(false);
    expect(puttyPrivateKey(good.replace('eddsa-key-20250301', 'eddsa-key-20250302'))).toBe(false);
    expect(puttyPrivateKey(good.replace('Public-Lines: 2', 'Public-Lines: 1'))).toBe(false);
    expect(puttyPrivateKey(ppk({ mac: '0'.repeat(64) }))).toBe(false);
  });

  it('recognises passphrase-protected files separately', () => {
    expect(puttyEncryptedPrivateKey(ppk({ encrypted: true }))).toBe(true);
    expect(puttyEncryptedPrivateKey(ppk({ encrypted: true, version: 2 }))).toBe(true);
    expect(puttyPrivateKey(ppk({ encrypted: true }))).toBe(false);
    expect(puttyEncryptedPrivateKey(ppk())).toBe(false);
    expect(puttyEncryptedPrivateKey(ppk({ encrypted: true }).replace('Key-Derivation: Argon2id\n', ''))).toBe(false);
  });

  it('parses the layout and refuses placeholders', () => {
    const k = parsePuttyKey(ppk());
    expect(k?.algorithm).toBe('ssh-ed25519');
    expect(k?.publicBlob.length).toBe(51);
    expect(
      parsePuttyKey(
        'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: x\nPublic-Lines: 1\n...\nPrivate-Lines: 1\n...\nPrivate-MAC: 00',
      ),
    ).toBeUndefined();
  });
});
