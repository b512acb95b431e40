/**
 * Sentry organization auth tokens are `sntrys_<base64 JSON payload>_<base64 secret>`; the
 * payload carries at least the issue time (`iat`) and the Sentry URL
 * (getsentry/sentry src/sentry/utils/security/orgauthtoken_token.py).
 */
export function sentryOrgToken(secret: string): boolean {
  if (!secret.startsWith('sntrys_')) return false;
  const last = secret.lastIndexOf('_');
  if (last <= 7) return false;
  const payload = secret.slice(7, last);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(payload) || secret.length - last - 1 < 32) return false;
  const json = Buffer.from(payload, 'base64').toString('utf8');
  if (!json.startsWith('{') || !json.trimEnd().endsWith('}')) return false;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && 'iat' in v;
  } catch {
    return false;
  }
}
