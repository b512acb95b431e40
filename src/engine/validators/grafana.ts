import { crc32 } from 'node:zlib';
import { CHECKSUM_MISMATCH } from '../types.js';
import { jsonObject } from './base64-json.js';

/**
 * Grafana service account tokens are `glsa_<32 alphanumerics>_<8 hex>`; the hex is the CRC32
 * (IEEE) of `glsa_<32 alphanumerics>`, written as its four bytes in little-endian order
 * (grafana/pkg/components/satokengen).
 */
export function grafanaServiceAccountToken(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  const m = /^(gl[a-z]{2,4}_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(secret);
  if (!m) return false;
  const c = crc32(m[1]!);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(c);
  return le.toString('hex') === m[2] || CHECKSUM_MISMATCH;
}

function base64Json(text: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined;
  return jsonObject(Buffer.from(text, 'base64').toString('utf8'));
}

/**
 * Grafana Cloud access policy tokens are `glc_` + base64 of a JSON object naming the org (`o`),
 * the token name (`n`), the key (`k`) and metadata such as the region (`m`).
 */
export function grafanaCloudToken(secret: string): boolean {
  if (!secret.startsWith('glc_')) return false;
  const v = base64Json(secret.slice(4));
  return !!v && typeof v.k === 'string' && v.k.length >= 8 && (typeof v.o === 'string' || typeof v.o === 'number');
}

/** Legacy Grafana API keys are base64 of `{"k":"<key>","n":"<name>","id":<org id>}`. */
export function grafanaLegacyApiKey(secret: string): boolean {
  const v = base64Json(secret);
  return !!v && typeof v.k === 'string' && v.k.length >= 16 && typeof v.n === 'string' && v.id !== undefined;
}
