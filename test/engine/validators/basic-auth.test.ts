import { describe, expect, it } from 'vitest';
import { basicAuthCredentials, decodeBasicCredentials } from '../../../src/engine/validators/basic-auth.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('basic-auth', () => {
  it('decodes user:password', () => {
    expect(decodeBasicCredentials(b64('ci-bot:Zq8PmW2xLk4v'))).toEqual({ user: 'ci-bot', password: 'Zq8PmW2xLk4v' });
  });

  it('accepts real-looking credentials, including key-as-user with an empty password', () => {
    expect(basicAuthCredentials(b64('ci-bot:Zq8PmW2xLk4v'))).toBe(true);
    expect(basicAuthCredentials(b64('x-access-token:Q7dK2mW9pL4xN8vB3cR6tY1zH5jF0gS'))).toBe(true);
    expect(basicAuthCredentials(b64('rk_9mWq2LpXv7TzK4nR8sD3:'))).toBe(true);
  });

  it('rejects textbook examples, placeholders and text without a colon', () => {
    expect(basicAuthCredentials('QWxhZGRpbjpvcGVuIHNlc2FtZQ==')).toBe(false); // Aladdin:open sesame (RFC 7617)
    expect(basicAuthCredentials(b64('user:pass'))).toBe(false);
    expect(basicAuthCredentials(b64('username:password'))).toBe(false);
    expect(basicAuthCredentials(b64('admin:****'))).toBe(false);
    expect(basicAuthCredentials(b64('no colon in this one'))).toBe(false);
    expect(
      basicAuthCredentials(Buffer.from([0xff, 0x00, 0x3a, 0x81, 0x92, 0x10, 0x20, 0x30, 0x40]).toString('base64')),
    ).toBe(false);
    expect(basicAuthCredentials('not base64!')).toBe(false);
  });
});
