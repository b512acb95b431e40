/**
 * Elasticsearch API keys travel encoded: base64 of `<id>:<api_key>`, both URL-safe base64 runs
 * (20 and 22 characters as Elasticsearch issues them). Decoding keeps other base64 under an
 * `ApiKey` scheme (and truncated copies) out.
 */
export function elasticApiKey(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const decoded = Buffer.from(secret, 'base64').toString('latin1');
  return /^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,64}$/.test(decoded);
}
