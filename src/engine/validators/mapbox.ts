import { jsonObject } from './base64-json.js';

/**
 * Mapbox access tokens are `<pk|sk|tk>.<base64url JSON>.<signature>`; the JSON names the account
 * (`u`). Checking it keeps dotted look-alikes (`sk.` + any base64) out.
 */
export function mapboxToken(secret: string): boolean {
  const parts = secret.split('.');
  if (parts.length !== 3 || !/^(?:pk|sk|tk)$/.test(parts[0]!)) return false;
  if (!/^[A-Za-z0-9_-]+$/.test(parts[1]!)) return false;
  const v = jsonObject(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  return typeof v?.u === 'string';
}
