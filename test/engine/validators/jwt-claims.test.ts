import { describe, expect, it } from 'vitest';
import { getValidator } from '../../../src/engine/validators/index.js';
import { kubernetesServiceAccountToken, supabaseServiceRoleKey } from '../../../src/engine/validators/jwt-claims.js';

const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (payload: unknown) => `${part({ alg: 'RS256', kid: 'k1' })}.${part(payload)}.${'s'.repeat(86)}`;

describe('JWT claim validators', () => {
  it('are registered by name', () => {
    expect(getValidator('kubernetes-service-account-token')).toBe(kubernetesServiceAccountToken);
    expect(getValidator('supabase-service-role-key')).toBe(supabaseServiceRoleKey);
  });

  it('kubernetes: legacy and bound service account tokens, nothing else', () => {
    const legacy = { iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' };
    const bound = {
      iss: 'https://kubernetes.default.svc.cluster.local',
      'kubernetes.io': { namespace: 'ci', serviceaccount: { name: 'deployer', uid: 'u' } },
      sub: 'system:serviceaccount:ci:deployer',
    };
    expect(kubernetesServiceAccountToken(jwt(legacy))).toBe(true);
    expect(kubernetesServiceAccountToken(jwt(bound))).toBe(true);
    // An OIDC token that only mentions a service account, or a user token from the same issuer.
    expect(
      kubernetesServiceAccountToken(jwt({ iss: 'https://accounts.example', sub: 'system:serviceaccount:a:b' })),
    ).toBe(false);
    expect(kubernetesServiceAccountToken(jwt({ iss: 'kubernetes/serviceaccount', sub: 'alice' }))).toBe(false);
    expect(kubernetesServiceAccountToken('not.a.jwt')).toBe(false);
    expect(kubernetesServiceAccountToken(`${part({ alg: 'none' })}.bm90IGpzb24.sig`)).toBe(false);
  });

  it('supabase: only the service_role key', () => {
    expect(supabaseServiceRoleKey(jwt({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'service_role' }))).toBe(
      true,
    );
    expect(supabaseServiceRoleKey(jwt({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'anon' }))).toBe(false);
    expect(supabaseServiceRoleKey(jwt({ iss: 'other', role: 'service_role' }))).toBe(false);
  });
});
