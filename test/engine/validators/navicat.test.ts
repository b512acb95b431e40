import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NAVICAT_IV, NAVICAT_KEY, navicatPassword } from '../../../src/engine/validators/navicat.js';
import { getValidator } from '../../../src/engine/validators/index.js';
import { FakeKeys } from '../../helpers/fake-keys.js';

const encrypt = (plain: Buffer): string => {
  const cipher = createCipheriv('aes-128-cbc', Buffer.from(NAVICAT_KEY), Buffer.from(NAVICAT_IV));
  return Buffer.concat([cipher.update(plain), cipher.final()])
    .toString('hex')
    .toUpperCase();
};

describe('navicat-password validator', () => {
  it('is registered by name', () => {
    expect(getValidator('navicat-password')).toBe(navicatPassword);
  });

  it('accepts passwords encrypted the way Navicat 12+ saves them', () => {
    const keys = new FakeKeys('navicat-test');
    expect(navicatPassword(keys.navicatPassword())).toBe(true);
    expect(navicatPassword(encrypt(Buffer.from('a much longer passphrase, 40 characters')))).toBe(true);
  });

  it('rejects hex that does not decrypt to printable text, lower case and partial blocks', () => {
    expect(navicatPassword(randomBytes(16).toString('hex').toUpperCase())).toBe(false);
    expect(navicatPassword(encrypt(randomBytes(20)))).toBe(false);
    const good = new FakeKeys('navicat-test-2').navicatPassword();
    expect(navicatPassword(good.toLowerCase())).toBe(false);
    expect(navicatPassword(good.slice(0, 30))).toBe(false);
  });
});
