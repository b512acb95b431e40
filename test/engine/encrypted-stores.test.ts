import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { DBEAVER_CREDENTIALS_KEY, mayBeEncryptedStore, openEncryptedStore } from '../../src/engine/encrypted-stores.js';
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
