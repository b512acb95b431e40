import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { elasticApiKey } from '../../../src/engine/validators/elastic.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const urlsafe = (n: number) => randomBytes(n).toString('base64url').slice(0, n);
const encode = (s: string) => Buffer.from(s).toString('base64');

describe('elastic validator', () => {
  it('is registered by name', () => {
    expect(getValidator('elastic-api-key')).toBe(elasticApiKey);
  });

  it('accepts base64 of <id>:<api_key>', () => {
    expect(elasticApiKey(encode(`${urlsafe(20)}:${urlsafe(22)}`))).toBe(true);
  });

  it('rejects other base64, truncated keys and a missing separator', () => {
    expect(elasticApiKey(randomBytes(42).toString('base64'))).toBe(false);
    expect(elasticApiKey(encode(`${urlsafe(20)}${urlsafe(22)}`))).toBe(false);
    expect(elasticApiKey(encode(`${urlsafe(20)}:${urlsafe(22)}`).slice(0, 40))).toBe(false);
    expect(elasticApiKey(encode('user:password with spaces'))).toBe(false);
  });
});
