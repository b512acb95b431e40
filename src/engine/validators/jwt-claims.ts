import { jsonObject } from './base64-json.js';

/**
 * Checks on what a JWT says about itself, for rules that name one issuer's tokens. The signature
 * cannot be checked offline; the claims tell a Kubernetes service account token or a Supabase
 * service-role key apart from every other JWT.
 */
function claims(secret: string): Record<string, unknown> | undefined {
  const parts = secret.split('.');
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) return undefined;
  return jsonObject(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
}

/**
 * A Kubernetes service account token: the subject is `system:serviceaccount:<ns>:<name>`, and the
 * token is either a legacy Secret-based one (issuer `kubernetes/serviceaccount`) or a bound one
 * carrying the `kubernetes.io` claim (kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/).
 */
export function kubernetesServiceAccountToken(secret: string): boolean {
  const c = claims(secret);
  if (!c || typeof c.sub !== 'string' || !c.sub.startsWith('system:serviceaccount:')) return false;
  return (
    c.iss === 'kubernetes/serviceaccount' || (typeof c['kubernetes.io'] === 'object' && c['kubernetes.io'] !== null)
  );
}

/** A Supabase legacy API key whose role is `service_role` (it bypasses row-level security). */
export function supabaseServiceRoleKey(secret: string): boolean {
  const c = claims(secret);
  return !!c && c.iss === 'supabase' && c.role === 'service_role';
}

/** A Supabase legacy anon key: meant for browsers, reported so it is not taken for a secret JWT. */
export function supabaseAnonKey(secret: string): boolean {
  const c = claims(secret);
  return !!c && c.iss === 'supabase' && c.role === 'anon';
}
