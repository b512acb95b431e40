import { base64JsonObject, hasString } from './base64-json.js';

/**
 * neptune.ai API tokens are base64 of a JSON object naming the API address and the key itself
 * (`{"api_address": …, "api_url": …, "api_key": …}`).
 */
export function neptuneApiToken(secret: string): boolean {
  const v = base64JsonObject(secret);
  return v !== undefined && hasString(v, 'api_address') && hasString(v, 'api_key', 16);
}
