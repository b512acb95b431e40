/**
 * Bech32 (BIP-173) checksum verification. age identities (`AGE-SECRET-KEY-1…`), age plugin
 * identities, Nostr `nsec1…` keys and Cardano CIP-5 signing keys are all bech32 strings: a
 * human-readable part, the separator `1`, base32 data and a 6-character BCH checksum that catches
 * any edit of up to four characters. A look-alike string almost never carries a valid checksum.
 *
 * Unlike BIP-173 addresses there is no 90-character limit here: age and Cardano encode payloads
 * longer than that.
 */
import { CHECKSUM_MISMATCH } from '../types.js';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/**
 * Reads a bech32 string into its (lower-case) HRP and 5-bit words, checksum words included, and
 * says whether the checksum holds; undefined when it is no bech32 string at all.
 */
function bech32Parse(s: string): { hrp: string; words: number[]; valid: boolean } | undefined {
  if (s.length < 8 || s.length > 5000) return undefined;
  const lower = s.toLowerCase();
  // Mixed case is invalid (BIP-173); age writes identities in upper case.
  if (s !== lower && s !== s.toUpperCase()) return undefined;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length) return undefined;
  const hrp = lower.slice(0, sep);
  for (let i = 0; i < hrp.length; i++) {
    const c = hrp.charCodeAt(i);
    if (c < 33 || c > 126) return undefined;
  }
  const words: number[] = [];
  for (let i = sep + 1; i < lower.length; i++) {
    const d = CHARSET.indexOf(lower[i]!);
    if (d < 0) return undefined;
    words.push(d);
  }
  return { hrp, words, valid: polymod([...hrpExpand(hrp), ...words]) === BECH32_CONST };
}

/** Decodes a bech32 string into its (lower-case) HRP and 5-bit data words, or undefined. */
export function bech32Decode(s: string): { hrp: string; words: number[] } | undefined {
  const d = bech32Parse(s);
  return d?.valid ? { hrp: d.hrp, words: d.words.slice(0, -6) } : undefined;
}

/** Regroups bits (BIP-173 convertbits); undefined if padding is invalid when not padding. */
export function convertBits(data: readonly number[], from: number, to: number, pad: boolean): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    if (v < 0 || v >> from !== 0) return undefined;
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
    acc &= (1 << bits) - 1;
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) {
    return undefined;
  }
  return out;
}

/** Encodes bytes as bech32 under `hrp` (lower case); for tests and fixture generators. */
export function bech32Encode(hrp: string, data: Uint8Array): string {
  const h = hrp.toLowerCase();
  const words = convertBits([...data], 8, 5, true)!;
  const mod = polymod([...hrpExpand(h), ...words, 0, 0, 0, 0, 0, 0]) ^ BECH32_CONST;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${h}1${[...words, ...checksum].map((w) => CHARSET[w]).join('')}`;
}

/**
 * A bech32 string whose data regroups into whole bytes: true with a valid checksum,
 * CHECKSUM_MISMATCH without (a key cut or edited by hand).
 */
export function bech32(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  const d = bech32Parse(secret);
  if (!d || d.words.length <= 6) return false;
  const bytes = convertBits(d.words.slice(0, -6), 5, 8, false);
  if (bytes === undefined || bytes.length < 1) return false;
  return d.valid || CHECKSUM_MISMATCH;
}
