/**
 * Upstash QStash tokens are base64 of a JSON object holding the user id and a password
 * (`{"UserID": …, "Password": …}`). Decoding keeps truncated copies and look-alikes out.
 */
export function upstashQstashToken(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const json = Buffer.from(secret, 'base64').toString('utf8');
  if (!json.startsWith('{') || !json.endsWith('}')) return false;
  try {
    const v = JSON.parse(json) as Record<string, unknown> | null;
    return (
      typeof v === 'object' &&
      v !== null &&
      typeof v.UserID === 'string' &&
      typeof v.Password === 'string' &&
      v.Password.length >= 16
    );
  } catch {
    return false;
  }
}
