/**
 * Microsoft CryptoAPI key blobs built around a throwaway RSA key from node:crypto, as
 * `openssl rsa -outform "MS PRIVATEKEYBLOB"` and `-outform PVK` write them (learn.microsoft.com,
 * "Base Provider Key BLOBs"): little-endian numbers, each padded to its field's length.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** A big-endian base64url number as `length` little-endian bytes. */
function field(b64url: string, length: number): Buffer {
  const be = Buffer.from(b64url, 'base64url');
  const out = Buffer.alloc(length);
  Buffer.from(be).reverse().copy(out);
  return out;
}

function header(type: number, magic: string, bits: number, e: string): Buffer {
  const h = Buffer.alloc(20);
  h[0] = type;
  h[1] = 2;
  h.writeUInt32LE(0x2400, 4); // CALG_RSA_SIGN, as `sn -k` writes
  h.write(magic, 8, 'latin1');
  h.writeUInt32LE(bits, 12);
  field(e, 4).copy(h, 16);
  return h;
}

/** A strong-name key pair (`.snk`): PRIVATEKEYBLOB, and its public half (PUBLICKEYBLOB). */
export function rsaKeyBlobs(bits = 1024): { privateBlob: Buffer; publicBlob: Buffer } {
  const jwk = generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ format: 'jwk' });
  const [n, h] = [bits / 8, bits / 16];
  const privateBlob = Buffer.concat([
    header(7, 'RSA2', bits, jwk.e!),
    field(jwk.n!, n),
    field(jwk.p!, h),
    field(jwk.q!, h),
    field(jwk.dp!, h),
    field(jwk.dq!, h),
    field(jwk.qi!, h),
    field(jwk.d!, n),
  ]);
  return { privateBlob, publicBlob: Buffer.concat([header(6, 'RSA1', bits, jwk.e!), field(jwk.n!, n)]) };
}

/**
 * A PVK file around `blob`: magic, key type (2, signature), whether it is sealed, salt and key
 * lengths. Sealed, the blob's header stays in the clear and random bytes stand for the RC4
 * ciphertext.
 */
export function pvk(blob: Buffer, { sealed = false } = {}): Buffer {
  const salt = sealed ? randomBytes(16) : Buffer.alloc(0);
  const head = Buffer.alloc(24);
  head.writeUInt32LE(0xb0b5f11e, 0);
  head.writeUInt32LE(2, 8);
  head.writeUInt32LE(sealed ? 1 : 0, 12);
  head.writeUInt32LE(salt.length, 16);
  head.writeUInt32LE(blob.length, 20);
  const body = sealed ? Buffer.concat([blob.subarray(0, 8), randomBytes(blob.length - 8)]) : blob;
  return Buffer.concat([head, salt, body]);
}
