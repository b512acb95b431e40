/**
 * Key stores committed as files: PKCS#12 (`.p12`, `.pfx`, RFC 7292) and Java's JKS and JCEKS
 * (`.jks`, `.keystore`). They are binary, so the text runs that sources keep of a binary file
 * show nothing of them; sources keep such a file's bytes whole instead (mayBeKeyStoreFile), and
 * the engine reads it as the base64 that the key store rules (rules/keystores.yaml) already read
 * in configs and CI secrets: one structural check for a store wherever it is. The decision is
 * the rules' validators', from the structure (a PFX with a key that may be inside, a JKS with a
 * key entry), never the file's name. A private key saved as binary DER (`openssl … -outform DER`:
 * a `.der`, a `.key`, a `.pk8`) is read the same way, by the rule for base64 DER keys (encrypted
 * under a password, by the rule for encrypted ones), and so are
 * Microsoft's key blobs (a `.snk` strong-name key pair, a `.pvk` file: PRIVATEKEYBLOB, see
 * src/engine/validators/ms-key-blob.ts) by theirs.
 */
import { isPlainPrivateKeyDer } from './validators/pem-private-key.js';
import { isPrivateKeyBlob, pvkContents } from './validators/ms-key-blob.js';
import { isPasswordEncryptedPkcs8 } from './validators/encrypted-der-key.js';

/** Larger than any key store a repository holds; the base64 rules read up to ~300 KB. */
const MAX_STORE_BYTES = 1 << 20;
const JKS_MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;

/**
 * A PFX's first bytes: SEQUENCE with a long-form length that spans the whole file, then
 * `INTEGER 3` and the authSafe's SEQUENCE. Bouncy Castle and NSS write BER: the SEQUENCE's length
 * is indefinite (0x80) and its end-of-contents, two zero bytes, ends the file.
 */
function startsLikePfx(b: Uint8Array): boolean {
  if (b[0] === 0x30 && b[1] === 0x80) {
    return (
      b[2] === 0x02 && b[3] === 0x01 && b[4] === 0x03 && b[5] === 0x30 && b[b.length - 1] === 0 && b[b.length - 2] === 0
    );
  }
  if (b[0] !== 0x30 || b[1]! < 0x81 || b[1]! > 0x83) return false;
  const n = b[1]! & 0x7f;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + b[2 + i]!;
  const at = 2 + n;
  return at + len === b.length && b[at] === 0x02 && b[at + 1] === 0x01 && b[at + 2] === 0x03 && b[at + 3] === 0x30;
}

/** A JKS or JCEKS file's magic and version (1 or 2). */
function startsLikeJks(b: Uint8Array): boolean {
  if (b.length < 32) return false;
  const magic = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  const version = (b[4]! << 24) | (b[5]! << 16) | (b[6]! << 8) | b[7]!;
  return (magic === JKS_MAGIC || magic === JCEKS_MAGIC) && (version === 1 || version === 2);
}

/** Larger than any private key's DER (RSA 16384 is under 10 KB). */
const MAX_KEY_BYTES = 16 * 1024;

/**
 * A plain private key in DER (PKCS#8, PKCS#1, SEC 1): a SEQUENCE spanning the file, opening with
 * a version INTEGER of 0 or 1 (see isPlainPrivateKeyDer).
 */
function isDerKeyFile(b: Uint8Array): boolean {
  if (b.length > MAX_KEY_BYTES || b[0] !== 0x30) return false;
  return isPlainPrivateKeyDer(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** A password-encrypted PKCS#8 key in DER (`openssl pkcs8 -topk8 -outform DER`): see encrypted-der-key.ts. */
function isEncryptedDerKeyFile(b: Uint8Array): boolean {
  if (b.length > MAX_KEY_BYTES || b[0] !== 0x30) return false;
  return isPasswordEncryptedPkcs8(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** A PRIVATEKEYBLOB (type 7, version 2) or a PVK file (its magic), as a whole key (see ms-key-blob.ts). */
function isMsKeyBlobFile(b: Uint8Array): boolean {
  if (b.length > MAX_KEY_BYTES || (b[0] !== 0x07 && b[0] !== 0x1e)) return false;
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return b[0] === 0x07 ? isPrivateKeyBlob(buf) : pvkContents(buf) !== undefined;
}

/** Whether a file's bytes start as a whole key store does: a source keeps them as they are. */
export function mayBeKeyStoreFile(data: Uint8Array): boolean {
  return (
    data.length >= 32 &&
    data.length <= MAX_STORE_BYTES &&
    (startsLikePfx(data) ||
      startsLikeJks(data) ||
      isDerKeyFile(data) ||
      isEncryptedDerKeyFile(data) ||
      isMsKeyBlobFile(data))
  );
}

export interface KeyStoreFile {
  /** Names the layer in a finding's `decodedFrom`. */
  kind: 'pkcs12-file' | 'java-keystore-file' | 'der-key-file' | 'encrypted-der-key-file' | 'ms-key-blob-file';
  /** The file as one line of base64: base64 character `p` spells file byte `floor(p * 3 / 4)`. */
  text: string;
}

/** The file as base64 when it starts like a key store (see mayBeKeyStoreFile), else undefined. */
export function openKeyStoreFile(input: Uint8Array | string): KeyStoreFile | undefined {
  const first = typeof input === 'string' ? input.charCodeAt(0) : input[0];
  if (first === 0x07 || first === 0x1e) return msKeyBlobFile(input);
  if (first !== 0x30 && first !== 0xfe && first !== 0xce) return undefined;
  // A text that opens with `0` is common; its second byte (a long-form or indefinite length,
  // 0x80-0x83, a short length that spans the input, or the magic's second byte) turns it down
  // before the whole string is copied to bytes.
  const second = typeof input === 'string' ? input.charCodeAt(1) : input[1];
  if (
    second === undefined ||
    !(first === 0x30
      ? (second >= 0x80 && second <= 0x83) || second + 2 === input.length
      : second === (first === 0xfe ? 0xed : 0xce))
  )
    return undefined;
  const bytes = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  if (!mayBeKeyStoreFile(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const kind =
    first !== 0x30
      ? 'java-keystore-file'
      : isDerKeyFile(bytes)
        ? 'der-key-file'
        : isEncryptedDerKeyFile(bytes)
          ? 'encrypted-der-key-file'
          : 'pkcs12-file';
  return { kind, text };
}

/** A `.snk` or `.pvk` file's bytes as base64, when they are a key blob (isMsKeyBlobFile). */
function msKeyBlobFile(input: Uint8Array | string): KeyStoreFile | undefined {
  // A blob's second byte is its version (2); a PVK's is its magic's 0xf1.
  const second = typeof input === 'string' ? input.charCodeAt(1) : input[1];
  if (second !== 0x02 && second !== 0xf1) return undefined;
  const bytes = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  if (bytes.length < 32 || !isMsKeyBlobFile(bytes)) return undefined;
  return {
    kind: 'ms-key-blob-file',
    text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
