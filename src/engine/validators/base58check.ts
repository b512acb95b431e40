import { nodeCrypto } from '../../node-crypto.js';
import { CHECKSUM_MISMATCH } from '../types.js';

/**
 * Base58Check (Bitcoin's encoding for keys and addresses): base58 of `payload || checksum`, where
 * the checksum is the first four bytes of SHA-256(SHA-256(payload)). WIF private keys, BIP-32
 * extended keys and BIP-38 encrypted keys all use it, with a version prefix that says what the
 * payload is. A random look-alike passes the checksum once in 2^32 tries.
 */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

export function base58Decode(s: string): Buffer | undefined {
  if (s.length === 0 || s.length > 200) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c < 128 ? INDEX[c]! : -1;
    if (d < 0) return undefined;
    let carry = d;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < s.length && s[zeros] === '1') zeros++;
  return Buffer.from([...new Array<number>(zeros).fill(0), ...bytes.reverse()]);
}

export function base58Encode(data: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of data) {
    let carry = byte;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = '';
  for (let i = 0; i < data.length && data[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i]!];
  return out;
}

function checksum(payload: Uint8Array): Buffer {
  const once = nodeCrypto().createHash('sha256').update(payload).digest();
  return nodeCrypto().createHash('sha256').update(once).digest().subarray(0, 4);
}

/** The payload of a base58check string whose checksum verifies, or undefined. */
export function base58checkDecode(s: string): Buffer | undefined {
  const raw = base58Decode(s);
  if (!raw || raw.length < 5) return undefined;
  const payload = raw.subarray(0, raw.length - 4);
  return checksum(payload).equals(raw.subarray(raw.length - 4)) ? payload : undefined;
}

/** Encodes payload with its checksum; for tests and fixture generators. */
export function base58checkEncode(payload: Uint8Array): string {
  return base58Encode(Buffer.concat([payload, checksum(payload)]));
}

/**
 * A base58check string whose payload has the structure `fits` asks for: true when its checksum
 * verifies too, CHECKSUM_MISMATCH when only the checksum is wrong (a key cut or edited by hand).
 */
function judged(secret: string, fits: (payload: Buffer) => boolean): boolean | typeof CHECKSUM_MISMATCH {
  const raw = base58Decode(secret);
  if (!raw || raw.length < 5) return false;
  const payload = raw.subarray(0, raw.length - 4);
  if (!fits(payload)) return false;
  return checksum(payload).equals(raw.subarray(raw.length - 4)) || CHECKSUM_MISMATCH;
}

/** Any base58check string whose double-SHA-256 checksum verifies. */
export function base58check(secret: string): boolean {
  return base58checkDecode(secret) !== undefined;
}

/** Order of the secp256k1 group: a private key is an integer in [1, n-1]. */
const SECP256K1_N = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');

export function isSecp256k1Scalar(key: Uint8Array): boolean {
  if (key.length !== 32) return false;
  const k = BigInt(`0x${Buffer.from(key).toString('hex')}`);
  return k > 0n && k < SECP256K1_N;
}

/**
 * A Wallet Import Format private key: version 0x80 (mainnet) or 0xef (testnet), 32 key bytes,
 * and an optional 0x01 byte marking a compressed public key.
 */
export function wifPrivateKey(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  return judged(secret, (p) => {
    if (p[0] !== 0x80 && p[0] !== 0xef) return false;
    if (p.length === 34 && p[33] !== 0x01) return false;
    if (p.length !== 33 && p.length !== 34) return false;
    return isSecp256k1Scalar(p.subarray(1, 33));
  });
}

/**
 * Version bytes of BIP-32 extended private keys (SLIP-132 registry): xprv/tprv (BIP-32),
 * yprv/uprv and Yprv/Uprv (BIP-49), zprv/vprv and Zprv/Vprv (BIP-84).
 */
export const EXTENDED_PRIVATE_VERSIONS: Readonly<Record<string, number>> = {
  xprv: 0x0488ade4,
  tprv: 0x04358394,
  yprv: 0x049d7878,
  uprv: 0x044a4e28,
  Yprv: 0x0295b005,
  Uprv: 0x024285b5,
  zprv: 0x04b2430c,
  vprv: 0x045f18bc,
  Zprv: 0x02aa7a99,
  Vprv: 0x02575048,
};
const VERSION_SET = new Set(Object.values(EXTENDED_PRIVATE_VERSIONS));

/**
 * A BIP-32 extended private key: 78 bytes (version, depth, parent fingerprint, child number,
 * chain code, 0x00 and a 32-byte secp256k1 scalar) with a known private-key version.
 */
export function bip32PrivateKey(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  return judged(secret, (p) => {
    if (p.length !== 78 || !VERSION_SET.has(p.readUInt32BE(0))) return false;
    const depth = p[4]!;
    // A master key (depth 0) has no parent: fingerprint and child number are zero.
    if (depth === 0 && (p.readUInt32BE(5) !== 0 || p.readUInt32BE(9) !== 0)) return false;
    if (p[45] !== 0x00) return false;
    return isSecp256k1Scalar(p.subarray(46, 78));
  });
}

/**
 * A BIP-38 passphrase-protected private key: 39 bytes starting 0x01 0x42 (plain) or 0x01 0x43
 * (EC-multiplied), base58check, which always renders as `6P…`.
 */
export function bip38EncryptedKey(secret: string): boolean | typeof CHECKSUM_MISMATCH {
  return judged(secret, (p) => {
    if (p.length !== 39 || p[0] !== 0x01 || (p[1] !== 0x42 && p[1] !== 0x43)) return false;
    // Flag byte: 0xc0 marks the plain mode and must be clear in EC-multiplied mode; 0x20 is the
    // compression flag, 0x04 (EC-multiplied only) the lot/sequence flag, the rest is reserved.
    const flag = p[2]!;
    if (p[1] === 0x42) return (flag & 0xdf) === 0xc0;
    return (flag & 0xdb) === 0;
  });
}
