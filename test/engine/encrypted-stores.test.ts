import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import {
  DBEAVER_CREDENTIALS_KEY,
  mayBeEncryptedStore,
  mayOpenStore,
  openEncryptedStore,
} from '../../src/engine/encrypted-stores.js';
import type { RuleSpec } from '../../src/engine/types.js';

function dbeaverFile(plain: string, key = Buffer.from(DBEAVER_CREDENTIALS_KEY, 'hex')): Buffer {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plain), cipher.final()]);
}

const rule: RuleSpec = {
  id: 'saved',
  name: 'Saved password',
  severity: 'high',
  keywords: ['"password"'],
  pattern: '"password":"([^"]+)"',
  examples: [],
  counterExamples: [],
};

describe('encrypted credential stores', () => {
  const plain = '{"pg-1":{"#connection":{"user":"app","password":"Vq3#mLx8Tz2k"}}}';

  it('tries only a DBeaver credentials file of whole blocks', () => {
    expect(mayBeEncryptedStore('.dbeaver/credentials-config.json', 96)).toBe(true);
    expect(mayBeEncryptedStore('credentials-config.json', 97)).toBe(false);
    expect(mayBeEncryptedStore('credentials-config.json', 16)).toBe(false);
    expect(mayBeEncryptedStore('.dbeaver/data-sources.json', 96)).toBe(false);
    expect(mayBeEncryptedStore(undefined, 96)).toBe(false);
  });

  it('opens the file with the published key, and nothing under another key', () => {
    const file = dbeaverFile(plain).toString('latin1');
    expect(openEncryptedStore(file, 'p/.dbeaver/credentials-config.json')).toEqual({
      kind: 'dbeaver-credentials',
      offset: 16,
      text: plain,
    });
    expect(openEncryptedStore(file, 'p/other.json')).toBeUndefined();
    const other = dbeaverFile(plain, randomBytes(16)).toString('latin1');
    expect(openEncryptedStore(other, 'credentials-config.json')).toBeUndefined();
    // Valid padding is not enough: the plaintext must be printable JSON.
    const notJson = dbeaverFile('password: Vq3#mLx8Tz2k').toString('latin1');
    expect(openEncryptedStore(notJson, 'credentials-config.json')).toBeUndefined();
  });

  it('places a match at the file bytes that encrypt it, with the decrypted line as its window', () => {
    const file = dbeaverFile(plain);
    const [m, ...rest] = new Engine([rule]).scan(file, { path: '.dbeaver/credentials-config.json' });
    expect(rest).toEqual([]);
    const at = plain.indexOf('Vq3#');
    expect(m).toMatchObject({ ruleId: 'saved', secret: 'Vq3#mLx8Tz2k', start: 16 + at, end: 16 + at + 12 });
    expect(m!.decodedFrom).toBe('dbeaver-credentials');
    expect(m!.window.bytes.slice(m!.start - m!.window.start, m!.end - m!.window.start)).toBe('Vq3#mLx8Tz2k');
    let line = 1;
    for (let i = 0; i < m!.start; i++) if (file[i] === 0x0a) line++;
    expect(m!.line).toBe(line);
  });

  it('leaves the file alone when decoding is off', () => {
    const engine = new Engine([rule], { decodeDepth: 0 });
    expect(engine.scan(dbeaverFile(plain), { path: 'credentials-config.json' })).toEqual([]);
  });
});

/** mRemoteNG's GCM value: salt | nonce | ciphertext | tag, the key PBKDF2-SHA1 over the salt. */
function mremotengValue(plain: string, master: string, rounds: number): string {
  const salt = randomBytes(16);
  const nonce = randomBytes(16);
  const cipher = createCipheriv('aes-256-gcm', pbkdf2Sync(master, salt, rounds, 32, 'sha1'), nonce);
  cipher.setAAD(salt);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([salt, nonce, body, cipher.getAuthTag()]).toString('base64');
}

describe('whole-file encrypted mRemoteNG connection files', () => {
  const inner =
    '\n    <Node Name="web" Type="Connection" Username="deploy" Password="c2VjcmV0" Hostname="web.internal" />\n';
  const file = (attrs: string, master = 'mR3m', rounds = 3000): string =>
    `<?xml version="1.0" encoding="utf-8"?>\n<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="${rounds}" ${attrs} ConfVersion="2.6">${mremotengValue(inner, master, rounds)}</mrng:Connections>\n`;

  it('tries XML files only, and never keeps a binary XML file whole for it', () => {
    expect(mayOpenStore('conf/confCons.xml', 4000)).toBe(true);
    expect(mayOpenStore('conf/confCons.json', 4000)).toBe(false);
    expect(mayBeEncryptedStore('conf/confCons.xml', 4000)).toBe(false);
  });

  it('opens the root content under the default master password with the stated KDF rounds', () => {
    const raw = file('FullFileEncryption="true"');
    const opened = openEncryptedStore(raw, 'confCons.xml')!;
    expect(opened.kind).toBe('mremoteng-full-file');
    expect(opened.text).toMatch(/^<mrng:Connections [^>]*KdfIterations="3000"[^>]*>\n {4}<Node Name="web"/);
    // A byte of the node is placed inside the base64 value, past the salt and the nonce.
    const bodyStart = raw.indexOf('>', raw.indexOf('<mrng:Connections')) + 1;
    const at = opened.place!(opened.text.indexOf('<Node'));
    expect(at).toBeGreaterThanOrEqual(bodyStart + 42);
    expect(at).toBeLessThan(raw.indexOf('</mrng:Connections>'));
  });

  it('leaves closed what is not whole-file encrypted, or is under a master password of the user', () => {
    expect(openEncryptedStore(file('FullFileEncryption="false"'), 'confCons.xml')).toBeUndefined();
    expect(openEncryptedStore(file('FullFileEncryption="true"', 'Corp-Vault-7'), 'confCons.xml')).toBeUndefined();
    expect(openEncryptedStore(file('FullFileEncryption="true"'), 'confCons.txt')).toBeUndefined();
  });
});
