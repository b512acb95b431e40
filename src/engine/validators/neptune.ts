/**
 * neptune.ai API tokens are base64 of a JSON object naming the API address and the key itself
 * (`{"api_address": …, "api_url": …, "api_key": …}`). Decoding it keeps truncated or hand-edited
 * copies in documentation out.
 */
export function neptuneApiToken(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const json = Buffer.from(secret, 'base64').toString('utf8');
  if (!json.startsWith('{') || !json.endsWith('}')) return false;
  try {
    const v = JSON.parse(json) as Record<string, unknown> | null;
    return (
      typeof v === 'object' &&
      v !== null &&
      typeof v.api_address === 'string' &&
      typeof v.api_key === 'string' &&
      v.api_key.length >= 16
    );
  } catch {
    return false;
  }
}
