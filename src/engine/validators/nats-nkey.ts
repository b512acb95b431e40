import { CHECKSUM_MISMATCH } from '../types.js';

/**
 * NATS nkey seeds (`SU…`, `SA…`, `SO…`): base32 (RFC 4648, no padding) of two prefix bytes, the
 * 32-byte Ed25519 seed and a CRC-16 (XMODEM: polynomial 0x1021, initial value 0) of the first 34
 * bytes, stored little-endian. The first five bits spell `S` (18), the next five the key's role
 * (U user, A account, O operator). A look-alike upper-case string almost never carries a valid CRC.
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SEED_PREFIX = 18;
/** Roles whose seeds sign in to or administer a NATS system: user, account, operator. */
const ROLES = new Set([20, 0, 14]);
const SEED_BYTES = 36;

export function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function base32Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const v = BASE32.indexOf(ch);
    if (v < 0) return undefined;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(value >>> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function natsNkeySeed(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  const bytes = base32Decode(secret);
  if (!bytes || bytes.length !== SEED_BYTES) return false;
  if (bytes[0]! >> 3 !== SEED_PREFIX) return false;
  const role = ((bytes[0]! & 7) << 2) | (bytes[1]! >> 6);
  if (!ROLES.has(role) || (bytes[1]! & 0x3f) !== 0) return false;
  const crc = bytes[34]! | (bytes[35]! << 8);
  return crc === crc16Xmodem(bytes.subarray(0, 34)) || CHECKSUM_MISMATCH;
}

/** Encodes a 32-byte seed for a role letter (U, A or O) the way the nkeys libraries do (for test keys). */
export function makeNatsNkeySeed(role: 'U' | 'A' | 'O', seed: Uint8Array): string {
  const type = BASE32.indexOf(role);
  const head = [(SEED_PREFIX << 3) | (type >> 2), (type & 3) << 6];
  const body = Uint8Array.from([...head, ...seed]);
  const crc = crc16Xmodem(body);
  return base32Encode(Uint8Array.from([...body, crc & 0xff, crc >> 8]));
}
