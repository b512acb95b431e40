import { describe, expect, it } from 'vitest';
import { dockerConfigBase64 } from '../../../src/engine/validators/docker-config.js';

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64');

describe('docker-config-base64', () => {
  it('accepts .dockerconfigjson and .dockercfg payloads with credentials', () => {
    expect(dockerConfigBase64(b64({ auths: { 'registry.corp.io': { auth: b64('puller:Zq8PmW2xLk4vN7rT') } } }))).toBe(
      true,
    );
    expect(dockerConfigBase64(b64({ auths: { 'ghcr.io': { username: 'bot', password: 'Zq8PmW2xLk4v' } } }))).toBe(true);
    expect(
      dockerConfigBase64(b64({ 'https://index.docker.io/v1/': { auth: b64('svc:Q7dK2mW9pL4x'), email: 'a@b.io' } })),
    ).toBe(true);
    expect(dockerConfigBase64(b64({ auths: { 'acr.io': { identitytoken: 'Q7dK2mW9pL4xN8vB3cR6tY1z' } } }))).toBe(true);
  });

  it('rejects empty registries, placeholder auth and non-JSON', () => {
    expect(dockerConfigBase64(b64({ auths: { 'ghcr.io': {} } }))).toBe(false);
    expect(dockerConfigBase64(b64({ auths: { 'ghcr.io': { auth: b64('username:password') } } }))).toBe(false);
    expect(dockerConfigBase64(b64('not json at all'))).toBe(false);
    expect(dockerConfigBase64('%%%')).toBe(false);
  });
});
