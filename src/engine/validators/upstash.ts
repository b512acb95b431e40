import { base64JsonObject, hasString } from './base64-json.js';

/**
 * Upstash QStash tokens are base64 of a JSON object holding the user id and a password
 * (`{"UserID": …, "Password": …}`).
 */
export function upstashQstashToken(secret: string): boolean {
  const v = base64JsonObject(secret);
  return v !== undefined && hasString(v, 'UserID') && hasString(v, 'Password', 16);
}
