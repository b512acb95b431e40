import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { neptuneApiToken } from '../../../src/engine/validators/neptune.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');
const address = 'https://app.neptune.ai';

describe('neptune validator', () => {
  it('is registered by name', () => {
    expect(getValidator('neptune-api-token')).toBe(neptuneApiToken);
  });

  it('accepts base64 JSON naming the API address and a key', () => {
    expect(neptuneApiToken(b64({ api_address: address, api_url: address, api_key: randomUUID() }))).toBe(true);
  });

  it('rejects tokens without a key, truncated copies and non-JSON', () => {
    expect(neptuneApiToken(b64({ api_address: address, api_url: address }))).toBe(false);
    expect(neptuneApiToken(b64({ api_address: address, api_key: 'short' }))).toBe(false);
    const token = b64({ api_address: address, api_url: address, api_key: randomUUID() });
    expect(neptuneApiToken(token.slice(0, 80))).toBe(false);
    expect(neptuneApiToken(Buffer.from('{"api_address": not json').toString('base64'))).toBe(false);
    expect(neptuneApiToken('eyJhcGlfYWRkcmVzcyI6...')).toBe(false);
  });
});
