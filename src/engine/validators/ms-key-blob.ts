import type { Assessment } from '../types.js';

/**
 * Microsoft's CryptoAPI key blobs: a PRIVATEKEYBLOB (the whole of a .NET strong-name key pair,
 * `.snk`, and what `openssl rsa -outform MS\ PRIVATEKEYBLOB` writes) and the PVK file that wraps
 * one (`.pvk`, Authenticode signing keys: magic 0xb0b5f11e, the blob in the clear or sealed
 * under a password). The blob is BLOBHEADER (type 7, version 2, an RSA algorithm), RSAPUBKEY
 * (`RSA2`, bit length, public exponent), then the modulus, the primes, the CRT values and the
 * private exponent, little-endian. A key is taken when its primes multiply to its modulus: a
 * public key blob (type 6, `RSA1`) or a header over random bytes is not one.
 */

const PRIVATE_KEY_BLOB = 7;
const BLOB_VERSION = 2;
/** CALG_RSA_SIGN (.snk files) and CALG_RSA_KEYX. */
const RSA_ALGORITHMS = new Set([0x2400, 0xa400]);
const RSA2 = 0x32415352;
const PVK_MAGIC = 0xb0b5f11e;
const PVK_HEADER = 24;

/** A little-endian unsigned integer of `length` bytes at `at`. */
function littleEndian(b: Buffer, at: number, length: number): bigint {
  return BigInt(
    `0x${
      Buffer.from(b.subarray(at, at + length))
        .reverse()
        .toString('hex') || '0'
    }`,
  );
}

/** BLOBHEADER of a private RSA key at `at`: type, version, reserved, algorithm. */
function privateBlobHeader(b: Buffer, at: number): boolean {
  return (
    b.length >= at + 8 &&
    b[at] === PRIVATE_KEY_BLOB &&
    b[at + 1] === BLOB_VERSION &&
    b.readUInt16LE(at + 2) === 0 &&
    RSA_ALGORITHMS.has(b.readUInt32LE(at + 4))
  );
}

/** Whether a whole RSA PRIVATEKEYBLOB lies at `at`, its primes' product its modulus. */
export function isPrivateKeyBlob(b: Buffer, at = 0): boolean {
  if (!privateBlobHeader(b, at) || b.length < at + 20 || b.readUInt32LE(at + 8) !== RSA2) return false;
  const bits = b.readUInt32LE(at + 12);
  if (bits < 384 || bits > 16384 || bits % 16 !== 0) return false;
  const byteLength = bits / 8;
  const half = bits / 16;
  const body = at + 20;
  // modulus, prime1, prime2, exponent1, exponent2, coefficient, privateExponent
  if (b.length < body + byteLength * 2 + half * 5) return false;
  const n = littleEndian(b, body, byteLength);
  const p = littleEndian(b, body + byteLength, half);
  const q = littleEndian(b, body + byteLength + half, half);
  return p > 1n && q > 1n && p * q === n;
}

/** What a PVK file holds: `plain-key` (the blob in the clear, a whole key), `sealed`, or nothing. */
export function pvkContents(b: Buffer): 'plain-key' | 'sealed' | undefined {
  if (b.length < PVK_HEADER + 8 || b.readUInt32LE(0) !== PVK_MAGIC || b.readUInt32LE(4) !== 0) return undefined;
  const keyType = b.readUInt32LE(8);
  const encrypted = b.readUInt32LE(12);
  const saltLength = b.readUInt32LE(16);
  const keyLength = b.readUInt32LE(20);
  if ((keyType !== 1 && keyType !== 2) || encrypted > 1 || saltLength > 64) return undefined;
  const blob = PVK_HEADER + saltLength;
  if (blob + keyLength > b.length || keyLength < 20) return undefined;
  // A sealed blob keeps its BLOBHEADER in the clear; RC4 covers what follows.
  if (encrypted) return saltLength > 0 && privateBlobHeader(b, blob) ? 'sealed' : undefined;
  return isPrivateKeyBlob(b, blob) ? 'plain-key' : undefined;
}

/**
 * The rule's check on base64 (a value in a config, or a `.snk`/`.pvk` file read as its base64):
 * a whole private key blob, or a PVK holding one in the clear, is a key; a PVK whose key is
 * sealed under a password is reported at low confidence.
 */
export function msKeyBlobBase64(secret: string): boolean | Assessment {
  const b64 = secret.replace(/\\[nr]|\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return false;
  const b = Buffer.from(b64, 'base64');
  if (b[0] === PRIVATE_KEY_BLOB) return isPrivateKeyBlob(b);
  const pvk = pvkContents(b);
  if (pvk === 'sealed') return { confidence: 'low', reasons: ['the PVK key is sealed under a password'] };
  return pvk === 'plain-key';
}
