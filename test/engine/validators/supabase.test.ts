import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { supabaseAnonKey, supabaseServiceRoleKey } from '../../../src/engine/validators/jwt-claims.js';
import { getValidator } from '../../../src/engine/validators/index.js';

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
function sign(payload: Record<string, unknown>): string {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  return `${head}.${createHmac('sha256', randomBytes(32)).update(head).digest('base64url')}`;
}

describe('supabase anon key validator', () => {
  it('is registered by name', () => {
    expect(getValidator('supabase-anon-key')).toBe(supabaseAnonKey);
  });

  it('tells the anon key from the service_role key by the payload', () => {
    const anon = sign({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'anon', iat: 1700000000 });
    const service = sign({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'service_role', iat: 1700000000 });
    expect(supabaseAnonKey(anon)).toBe(true);
    expect(supabaseAnonKey(service)).toBe(false);
    expect(supabaseServiceRoleKey(anon)).toBe(false);
  });

  it('rejects anon JWTs of other issuers and non-JSON payloads', () => {
    expect(supabaseAnonKey(sign({ iss: 'auth.acme.io', role: 'anon' }))).toBe(false);
    expect(supabaseAnonKey('eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2lnbmF0dXJlc2lnbmF0dXJlc2ln')).toBe(false);
  });
});
