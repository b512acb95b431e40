import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sshcomPrivateKey } from '../../../src/engine/validators/sshcom-key.js';
import { wireString, wireUint32 } from '../../../src/engine/validators/ssh-wire.js';

const bytes = (n: number, seed: string) => {
  const out: number[] = [];
  for (let i = 0; out.length < n; i++) out.push(...createHash('sha256').update(`${seed}:${i}`).digest());
  return Buffer.from(out.slice(0, n));
};

function sshcom(opts: { magic?: number; cipher?: string; comment?: string } = {}): string {
  const rest = Buffer.concat([
    wireString('if-modn{sign{rsa-pkcs1-sha1},encrypt{rsa-pkcs1v2-oaep}}'),
    wireString(opts.cipher ?? '3des-cbc'),
    wireString(bytes(96, 'key')),
  ]);
  const blob = Buffer.concat([wireUint32(opts.magic ?? 0x3f6ff9eb), wireUint32(rest.length + 8), rest]);
  const body = blob
    .toString('base64')
    .match(/.{1,70}/g)!
    .join('\n');
  return `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n${opts.comment ?? 'Comment: "rsa-key-20250301"'}\n${body}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----\n`;
}

describe('sshcom-key', () => {
  it('accepts the ssh.com layout, encrypted or not, with continued header lines', () => {
    expect(sshcomPrivateKey(sshcom())).toBe(true);
    expect(sshcomPrivateKey(sshcom({ cipher: 'none' }))).toBe(true);
    expect(sshcomPrivateKey(sshcom({ comment: 'Comment: "a very long \\\ncomment"' }))).toBe(true);
  });

  it('rejects a wrong magic number and random bodies', () => {
    expect(sshcomPrivateKey(sshcom({ magic: 0x3f6ff9ec }))).toBe(false);
    const random = bytes(150, 'r').toString('base64');
    expect(
      sshcomPrivateKey(
        `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n${random}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----`,
      ),
    ).toBe(false);
  });
});
