import { nodeCrypto } from '../../node-crypto.js';
import { ed25519PublicKey } from './ed25519-keypair.js';
import { decodeBase64Strict } from './ssh-wire.js';

/**
 * Ed25519 secret keys of file-signing tools and of Tor onion services, each a fixed binary
 * layout in base64, checked field by field.
 *
 * minisign (and rsign, Tauri's updater): "Ed" ‖ KDF ("Sc" scrypt, or two zero bytes when not
 * encrypted) ‖ "B2" ‖ salt[32] ‖ opslimit[8, LE] ‖ memlimit[8, LE] ‖ key id[8] ‖ secret key[64]
 * ‖ checksum[32]: 158 bytes.
 * signify (OpenBSD): "Ed" ‖ "BK" ‖ rounds[4, BE] ‖ salt[16] ‖ checksum[8] ‖ key id[8] ‖ secret
 * key[64]: 104 bytes; rounds 0 means not encrypted.
 * An unencrypted Ed25519 secret key is the 32-byte seed followed by its public key, so such a key
 * is verified by deriving the public key from the seed; an encrypted one only by its layout.
 */

const MINISIGN_BYTES = 158;
const SIGNIFY_BYTES = 104;
/** The most a KDF parameter plausibly asks for: opslimit and memlimit are counts, not 64-bit noise. */
const MAX_KDF_PARAMETER = 2 ** 40;

function isEd25519Keypair(sk: Buffer): boolean {
  try {
    return ed25519PublicKey(sk.subarray(0, 32)).equals(sk.subarray(32, 64));
  } catch {
    return false;
  }
}

function decode(secret: string): Buffer | undefined {
  return decodeBase64Strict(secret.replace(/\s+/g, ''));
}

function minisignKey(secret: string): { encrypted: boolean } | undefined {
  const b = decode(secret);
  if (!b || b.length !== MINISIGN_BYTES) return undefined;
  if (b.toString('latin1', 0, 2) !== 'Ed' || b.toString('latin1', 4, 6) !== 'B2') return undefined;
  const kdf = b.toString('latin1', 2, 4);
  if (kdf === '\0\0') return isEd25519Keypair(b.subarray(62, 126)) ? { encrypted: false } : undefined;
  if (kdf !== 'Sc') return undefined;
  const ops = Number(b.readBigUInt64LE(38));
  const mem = Number(b.readBigUInt64LE(46));
  const plausible = ops > 0 && mem > 0 && ops < MAX_KDF_PARAMETER && mem < MAX_KDF_PARAMETER;
  return plausible ? { encrypted: true } : undefined;
}

function signifyKey(secret: string): { encrypted: boolean } | undefined {
  const b = decode(secret);
  if (!b || b.length !== SIGNIFY_BYTES) return undefined;
  if (b.toString('latin1', 0, 4) !== 'EdBK') return undefined;
  const rounds = b.readUInt32BE(4);
  // bcrypt_pbkdf rounds: signify uses 42; a count in the millions is not a real setting.
  if (rounds > 1 << 20) return undefined;
  if (rounds !== 0) return { encrypted: true };
  const sk = b.subarray(40, 104);
  const checksum = nodeCrypto().createHash('sha512').update(sk).digest().subarray(0, 8);
  return checksum.equals(b.subarray(24, 32)) && isEd25519Keypair(sk) ? { encrypted: false } : undefined;
}

export const minisignSecretKey = (secret: string): boolean => minisignKey(secret)?.encrypted === false;
export const minisignEncryptedSecretKey = (secret: string): boolean => minisignKey(secret)?.encrypted === true;
export const signifySecretKey = (secret: string): boolean => signifyKey(secret)?.encrypted === false;
export const signifyEncryptedSecretKey = (secret: string): boolean => signifyKey(secret)?.encrypted === true;

/**
 * A whole minisign or signify key file in base64 (`untrusted comment: …` line and key line),
 * the form Tauri's `TAURI_SIGNING_PRIVATE_KEY` and CI secrets hold.
 */
export function wrappedSigningKeyFile(secret: string): boolean {
  const bytes = decode(secret);
  if (!bytes) return false;
  const lines = bytes.toString('latin1').split(/\r?\n/);
  if (!/^untrusted comment: /.test(lines[0] ?? '')) return false;
  const key = (lines[1] ?? '').trim();
  return minisignKey(key) !== undefined || signifyKey(key) !== undefined;
}

/**
 * The expanded Ed25519 secret key Tor keeps for an onion service: the secret scalar (little
 * endian, clamped as RFC 8032 prescribes: low three bits clear, top bit clear, next bit set)
 * followed by the 32-byte PRF secret.
 */
function isClampedExpandedKey(key: Buffer): boolean {
  return key.length === 64 && (key[0]! & 7) === 0 && (key[31]! & 0xc0) === 0x40;
}

/** `ADD_ONION ED25519-V3:<base64>`: the 64-byte expanded key. */
export function torOnionKeyBlob(secret: string): boolean {
  const b = decode(secret);
  return b !== undefined && isClampedExpandedKey(b) && !allSame(b.subarray(32));
}

const TOR_KEY_FILE_TAG = '== ed25519v1-secret: type0 ==\0\0\0';

/** An `hs_ed25519_secret_key` file in base64: the 32-byte tag, then the expanded key. */
export function torOnionKeyFileBase64(secret: string): boolean {
  const b = decode(secret);
  if (!b || b.length !== 96 || b.toString('latin1', 0, 32) !== TOR_KEY_FILE_TAG) return false;
  return isClampedExpandedKey(b.subarray(32)) && !allSame(b.subarray(64));
}

/** A run of one byte (`AAAA…` in base64) is a placeholder, not a PRF secret. */
function allSame(b: Buffer): boolean {
  return b.every((x) => x === b[0]);
}
