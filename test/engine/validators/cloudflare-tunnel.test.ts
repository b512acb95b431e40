import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cloudflareTunnelToken } from '../../../src/engine/validators/cloudflare-tunnel.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const token = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');
const good = {
  a: '0123456789abcdef0123456789abcdef',
  t: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e',
  s: randomBytes(32).toString('base64'),
};

describe('cloudflare-tunnel-token', () => {
  it('is registered by name', () => {
    expect(getValidator('cloudflare-tunnel-token')).toBe(cloudflareTunnelToken);
  });

  it('accepts base64 JSON with an account tag, a tunnel UUID and a 32-byte secret', () => {
    expect(cloudflareTunnelToken(token(good))).toBe(true);
  });

  it('rejects other JSON, short secrets and non-base64 text', () => {
    expect(cloudflareTunnelToken(token({ ...good, s: 'c2hvcnQ=' }))).toBe(false);
    expect(cloudflareTunnelToken(token({ ...good, t: 'my-tunnel' }))).toBe(false);
    expect(cloudflareTunnelToken(token({ ...good, a: 'acme' }))).toBe(false);
    expect(cloudflareTunnelToken(token({ t: good.t, a: good.a, s: good.s }))).toBe(false);
    expect(cloudflareTunnelToken('eyJhIjoi!!')).toBe(false);
  });
});
