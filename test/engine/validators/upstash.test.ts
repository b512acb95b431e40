import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { upstashQstashToken } from '../../../src/engine/validators/upstash.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

describe('upstash validator', () => {
  it('is registered by name', () => {
    expect(getValidator('upstash-qstash-token')).toBe(upstashQstashToken);
  });

  it('accepts base64 JSON with a user id and a password', () => {
    expect(upstashQstashToken(b64({ UserID: randomUUID(), Password: randomBytes(16).toString('hex') }))).toBe(true);
  });

  it('rejects tokens without a password, truncated copies and non-JSON', () => {
    expect(upstashQstashToken(b64({ UserID: randomUUID() }))).toBe(false);
    expect(upstashQstashToken(b64({ UserID: randomUUID(), Password: 'short' }))).toBe(false);
    const token = b64({ UserID: randomUUID(), Password: randomBytes(16).toString('hex') });
    expect(upstashQstashToken(token.slice(0, 60))).toBe(false);
    expect(upstashQstashToken(Buffer.from('{"UserID": nope').toString('base64'))).toBe(false);
  });
});
