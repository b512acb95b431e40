/**
 * Tokens that are base64 of a small JSON object (neptune.ai, Upstash QStash): decoding one and
 * checking its fields keeps truncated or hand-edited copies in documentation out.
 */
export function base64JsonObject(secret: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return undefined;
  const json = Buffer.from(secret, 'base64').toString('utf8');
  // These tokens' JSON ends at its brace: one with white space after it was edited by hand.
  return json.endsWith('}') ? jsonObject(json) : undefined;
}

/**
 * The object a token's decoded JSON (`json`) spells, or undefined. Text that does not open with
 * `{` and close with `}` is turned away before JSON.parse: validators call this on every
 * candidate, and JSON.parse throwing on random bytes is slow.
 */
export function jsonObject(json: string): Record<string, unknown> | undefined {
  if (!json.startsWith('{') || !json.trimEnd().endsWith('}')) return undefined;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `v` holds the string field `name` (at least `min` characters long). */
export function hasString(v: Record<string, unknown>, name: string, min = 1): boolean {
  const f = v[name];
  return typeof f === 'string' && f.length >= min;
}
