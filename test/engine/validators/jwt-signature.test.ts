import { createHash, createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jwtSignature } from '../../../src/engine/validators/jwt-signature.js';

const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function hs256(payload: object, secret = 'test-secret'): string {
  const input = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

describe('jwt-signature', () => {
  it('accepts HS256, RS256 and ES256 tokens with signatures of the right size', () => {
    expect(jwtSignature(hs256({ sub: 'svc' }))).toBe(true);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsInput = `${enc({ alg: 'RS256' })}.${enc({ sub: 'svc' })}`;
    expect(
      jwtSignature(`${rsInput}.${sign('sha256', Buffer.from(rsInput), rsa.privateKey).toString('base64url')}`),
    ).toBe(true);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const esInput = `${enc({ alg: 'ES256' })}.${enc({ sub: 'svc' })}`;
    const es = sign('sha256', Buffer.from(esInput), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
    expect(jwtSignature(`${esInput}.${es.toString('base64url')}`)).toBe(true);
  });

  it('keeps signatures of another length at low confidence, and rejects alg none and non-JSON parts', () => {
    const good = hs256({ sub: 'svc' });
    expect(jwtSignature(good.slice(0, -8))).toEqual({ confidence: 'low' });
    expect(jwtSignature(good.slice(0, -10))).toBe(false); // 33 characters are no base64url length
    // RS256 with a 16-byte signature: not what the algorithm makes, but header and payload parse.
    const rsShort = `${enc({ alg: 'RS256' })}.${enc({ exp: 65536 })}.${createHash('md5').update('z').digest('base64url')}`;
    expect(jwtSignature(rsShort)).toEqual({ confidence: 'low' });
    const none = `${enc({ alg: 'none' })}.${enc({ sub: 'svc' })}.${createHash('sha256').update('x').digest('base64url')}`;
    expect(jwtSignature(none)).toBe(false);
    expect(
      jwtSignature(`${enc({ alg: 'HS256' })}.bm90IGpzb24.${createHash('sha256').update('x').digest('base64url')}`),
    ).toBe(false);
  });

  it('accepts unknown algorithms on the structural check alone', () => {
    const t = `${enc({ alg: 'XS999' })}.${enc({ sub: 'svc' })}.${createHash('sha256').update('y').digest('base64url')}`;
    expect(jwtSignature(t)).toBe(true);
  });
});
