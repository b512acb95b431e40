import { jsonObject } from './base64-json.js';

/**
 * Sentry organization auth tokens are `sntrys_<base64 JSON payload>_<secret>`; the payload
 * carries at least the issue time (`iat`) and the Sentry URL
 * (getsentry/sentry src/sentry/utils/security/orgauthtoken_token.py). The secret has been written
 * three ways over Sentry's releases (43 base64 characters; the base64 of a 43-character urlsafe
 * string, 60 with padding; copies that lost the `_`), so only its length is checked here: the
 * payload is what makes a token Sentry's.
 */
export function sentryOrgToken(secret: string): boolean {
  if (!secret.startsWith('sntrys_')) return false;
  // Standard base64 has no `_`, so the payload ends at the first character outside it (after
  // any padding), whether or not a `_` follows.
  const payload = /^eyJ[A-Za-z0-9+/]*={0,2}/.exec(secret.slice(7))?.[0];
  if (!payload) return false;
  const rest = secret.slice(7 + payload.length).replace(/^_/, '');
  if (rest.length < 32) return false;
  const v = jsonObject(Buffer.from(payload, 'base64').toString('utf8'));
  return v !== undefined && 'iat' in v;
}
