import { createCipheriv, createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import type { RuleSpec } from '../../../src/engine/types.js';
import { nodeCrypto } from '../../../src/node-crypto.js';
import {
  MREMOTENG_DEFAULT_PASSWORD,
  mremotengEncryptedFile,
  mremotengPassword,
  sqlDeveloperEncryptedPassword,
  sqlDeveloperV3Password,
} from '../../../src/engine/validators/client-stores.js';
import { getValidator, VALIDATION_COST } from '../../../src/engine/validators/index.js';

/** mRemoteNG 1.76+: salt | nonce | AES-256-GCM ciphertext | tag, the salt authenticated. */
function mremotengGcm(plain: Buffer, master = MREMOTENG_DEFAULT_PASSWORD, rounds = 1000): string {
  const salt = randomBytes(16);
  const nonce = randomBytes(16);
  const cipher = createCipheriv('aes-256-gcm', pbkdf2Sync(master, salt, rounds, 32, 'sha1'), nonce);
  cipher.setAAD(salt);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([salt, nonce, body, cipher.getAuthTag()]).toString('base64');
}

/** mRemoteNG before 1.76: IV | AES-128-CBC under MD5 of the master password. */
function mremotengCbc(plain: Buffer, master = MREMOTENG_DEFAULT_PASSWORD): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-128-cbc', createHash('md5').update(master).digest(), iv);
  return Buffer.concat([iv, cipher.update(plain), cipher.final()]).toString('base64');
}

/** SQL Developer 3: 05 | DES key | DES-CBC (zero IV) of the password, in hex. */
function sqlDeveloperV3(plain: Buffer): string {
  const key = randomBytes(8);
  const cipher = createCipheriv('des-ede3-cbc', Buffer.concat([key, key, key]), Buffer.alloc(8));
  return `05${key.toString('hex')}${Buffer.concat([cipher.update(plain), cipher.final()]).toString('hex')}`.toUpperCase();
}

const password = (): Buffer => Buffer.from(`${randomBytes(9).toString('base64url')}#4`);

describe('mremoteng-password validator', () => {
  it('is registered by name', () => {
    expect(getValidator('mremoteng-password')).toBe(mremotengPassword);
  });

  it('decrypts both schemes under the default master password: high confidence', () => {
    expect(mremotengPassword(mremotengGcm(password()))).toBe(true);
    expect(mremotengPassword(mremotengCbc(password()))).toBe(true);
  });

  it('takes a value under another master password, or more KDF rounds, at low confidence', () => {
    expect(mremotengPassword(mremotengGcm(password(), 'Corp-Vault-7'))).toEqual({ confidence: 'low' });
    expect(mremotengPassword(mremotengGcm(password(), MREMOTENG_DEFAULT_PASSWORD, 5000))).toEqual({
      confidence: 'low',
    });
  });

  it('derives the key with the KdfIterations the file states on its root element', () => {
    const root = (rounds: string): string =>
      `<?xml version="1.0" encoding="utf-8"?>\n<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="${rounds}" FullFileEncryption="false" ConfVersion="2.6">\n`;
    const value = mremotengGcm(password(), MREMOTENG_DEFAULT_PASSWORD, 5000);
    expect(mremotengPassword(value, { fileHead: root('5000') })).toBe(true);
    expect(mremotengPassword(value, { fileHead: root('1000') })).toEqual({ confidence: 'low' });
    // More rounds than mRemoteNG offers (50000) are not tried: each value would cost that PBKDF2.
    const costly = mremotengGcm(password(), MREMOTENG_DEFAULT_PASSWORD, 60000);
    expect(mremotengPassword(costly, { fileHead: root('60000') })).toEqual({ confidence: 'low' });
  });

  it("reads the file's KdfIterations once a candidate: the check spends the cost the engine counted", () => {
    let reads = 0;
    const head = '<mrng:Connections Name="Connections" KdfIterations="5000" FullFileEncryption="false">';
    const context = {
      get fileHead() {
        reads++;
        return head;
      },
    };
    const cost = VALIDATION_COST['mremoteng-password']!(context);
    expect(cost).toBe(5000);
    const check = getValidator('mremoteng-password')!;
    expect(check(mremotengGcm(password(), MREMOTENG_DEFAULT_PASSWORD, 5000), context, cost)).toBe(true);
    expect(reads).toBe(1);
    // The rounds passed are the ones tried, whatever the head says.
    expect(check(mremotengGcm(password(), MREMOTENG_DEFAULT_PASSWORD, 5000), { fileHead: head }, 1000)).toEqual({
      confidence: 'low',
    });
  });

  it('reports a whole-file value only when it stays closed (a master password of the user)', () => {
    const head = '<mrng:Connections Name="Connections" KdfIterations="2000" FullFileEncryption="true">';
    const inner = '<Node Name="web" Password="c2VjcmV0" />';
    expect(
      mremotengEncryptedFile(mremotengGcm(Buffer.from(inner), MREMOTENG_DEFAULT_PASSWORD, 2000), { fileHead: head }),
    ).toBe(false);
    expect(mremotengEncryptedFile(mremotengGcm(Buffer.from(inner), 'Corp-Vault-7', 2000), { fileHead: head })).toEqual({
      confidence: 'low',
    });
    expect(mremotengEncryptedFile(randomBytes(24).toString('base64'), { fileHead: head })).toBe(false);
  });

  it('drops what decrypts to binary, what is too short for either scheme, and what is not base64', () => {
    expect(mremotengPassword(mremotengGcm(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7])))).toBe(false);
    expect(mremotengPassword(randomBytes(24).toString('base64'))).toBe(false);
    expect(mremotengPassword('not base64 at all, with spaces')).toBe(false);
  });
});

describe('mremoteng-password in the engine', () => {
  const rule: RuleSpec = {
    id: 'mrng',
    name: 'mRemoteNG saved password',
    severity: 'high',
    keywords: ['Password="'],
    pattern: '\\bPassword="([A-Za-z0-9+/=]{40,})"',
    validate: 'mremoteng-password',
    examples: [],
    counterExamples: [],
  };

  it("derives each value's key once, with the rounds the engine counted it at", () => {
    const file = [
      '<mrng:Connections Name="Connections" KdfIterations="3000" FullFileEncryption="false">',
      ...[1, 2, 3].map(
        (i) => `<Node Name="h${i}" Password="${mremotengGcm(password(), MREMOTENG_DEFAULT_PASSWORD, 3000)}" />`,
      ),
      '</mrng:Connections>',
    ].join('\n');
    const derive = vi.spyOn(nodeCrypto(), 'pbkdf2Sync');
    try {
      const found = new Engine([rule], { decodeDepth: 0 }).scan(Buffer.from(file), { path: 'confCons.xml' });
      expect(found.map((m) => m.confidence)).toEqual(['high', 'high', 'high']);
      expect(derive.mock.calls.map((call) => call[2])).toEqual([3000, 3000, 3000]);
    } finally {
      derive.mockRestore();
    }
  });
});

describe('sqldeveloper validators', () => {
  it('are registered by name', () => {
    expect(getValidator('sqldeveloper-v3-password')).toBe(sqlDeveloperV3Password);
    expect(getValidator('sqldeveloper-encrypted-password')).toBe(sqlDeveloperEncryptedPassword);
  });

  it('decrypt a version 3 value with the key it carries', () => {
    expect(sqlDeveloperV3Password(sqlDeveloperV3(password()))).toBe(true);
    expect(sqlDeveloperV3Password(sqlDeveloperV3(Buffer.from('a longer pass phrase with spaces')))).toBe(true);
  });

  it('reject hex that is not a version 3 value', () => {
    const value = sqlDeveloperV3(password());
    expect(sqlDeveloperV3Password(`06${value.slice(2)}`)).toBe(false);
    expect(sqlDeveloperV3Password(`05${randomBytes(24).toString('hex')}`)).toBe(false);
    expect(sqlDeveloperV3Password(value.slice(0, -2))).toBe(false);
  });

  it('take later versions as encrypted values of low confidence, never decrypted', () => {
    expect(sqlDeveloperEncryptedPassword(randomBytes(16).toString('base64'))).toEqual({ confidence: 'low' });
    expect(sqlDeveloperEncryptedPassword(randomBytes(4).toString('base64'))).toBe(false);
    expect(sqlDeveloperEncryptedPassword('not-base64!')).toBe(false);
  });
});
