import { describe, expect, it } from 'vitest';
import { sentryOrgToken } from '../../../src/engine/validators/sentry.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

describe('sentry validators', () => {
  it('are registered by name', () => {
    expect(getValidator('sentry-org-token')).toBeTypeOf('function');
  });

  it('sentry org tokens carry a base64 JSON payload with iat', () => {
    const payload = b64({
      iat: 1716200000.5,
      url: 'https://sentry.io',
      region_url: 'https://us.sentry.io',
      org: 'acme',
    });
    const secret = Buffer.alloc(32, 7).toString('base64').replace(/=+$/, '');
    expect(sentryOrgToken(`sntrys_${payload}_${secret}`)).toBe(true);
    expect(sentryOrgToken(`sntrys_${b64({ url: 'https://sentry.io' })}_${secret}`)).toBe(false);
    expect(sentryOrgToken(`sntrys_${payload}_short`)).toBe(false);
    expect(sentryOrgToken(`sntryu_${'a'.repeat(64)}`)).toBe(false);
  });

  it('accepts the secret as each Sentry release wrote it, with or without the separator', () => {
    const payload = b64({ iat: 1716200000.5, url: 'https://sentry.io', org: 'acme' });
    expect(payload.endsWith('=')).toBe(true);
    // Older releases: the base64 of a urlsafe token, padded, and urlsafe text with `-` and `_`.
    const older = Buffer.from('Q7-x_'.repeat(9).slice(0, 43)).toString('base64');
    expect(sentryOrgToken(`sntrys_${payload}_${older}`)).toBe(true);
    expect(sentryOrgToken(`sntrys_${payload}_${'ab-_'.repeat(11)}`)).toBe(true);
    // The `_` lost: the payload still ends at its padding.
    expect(sentryOrgToken(`sntrys_${payload}${'ab-_'.repeat(11)}`)).toBe(true);
    // Without padding and without `_` the payload cannot be told from the secret.
    const unpadded = b64({ iat: 1, url: 'https://sentry.io', org: 'acme' });
    expect(unpadded.endsWith('=')).toBe(false);
    expect(sentryOrgToken(`sntrys_${unpadded}${'abcd'.repeat(11)}`)).toBe(false);
  });
});
