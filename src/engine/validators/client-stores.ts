/**
 * Passwords that remote-desktop and database clients encrypt in their connection files. Where
 * the key is fixed and published (mRemoteNG's default master password, SQL Developer 3's key
 * stored beside the value) the value is decrypted here, offline, and taken when it yields
 * printable text. Where the key lives elsewhere (a master password, SQL Developer 4's
 * installation id) nothing is decrypted: the encrypted value is reported at low confidence.
 */
import type { Assessment } from '../types.js';
import type { ValidatorContext } from './index.js';
import { nodeCrypto } from '../../node-crypto.js';

/** A password as a person types it: printable, no control characters, no U+FFFD. */
const PRINTABLE = /^[\x20-\x7e\u00a0-\ufffc]{1,256}$/;
const LOW: Assessment = { confidence: 'low' };

function base64Bytes(secret: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.replace(/=+$/, '').length % 4 === 1) return undefined;
  return Buffer.from(secret, 'base64');
}

function printable(plain: Buffer): boolean {
  return PRINTABLE.test(plain.toString('utf8'));
}

/** mRemoteNG's master password when the user set none (ConnectionFileDefaults.LegacyEncryptionKey). */
export const MREMOTENG_DEFAULT_PASSWORD = 'mR3m';
/** KdfIterations of confCons.xml by default. */
export const MREMOTENG_DEFAULT_KDF_ITERATIONS = 1000;
/**
 * The most KdfIterations mRemoteNG's Security options let a user choose (1000 to 50000). A file
 * that states more is not tried: each saved password costs a PBKDF2 of that many rounds.
 */
export const MREMOTENG_MAX_KDF_ITERATIONS = 50000;
const GCM_SALT = 16;
const GCM_NONCE = 16;
const GCM_TAG = 16;
/** Bytes before the ciphertext in an mRemoteNG GCM value: the salt and the nonce. */
export const MREMOTENG_GCM_HEADER = GCM_SALT + GCM_NONCE;

/**
 * The KdfIterations a confCons.xml states on its root element (within `head`, the start of the
 * file), or the default when it states none or a number mRemoteNG would not write.
 */
export function mremotengKdfIterations(head: string | undefined): number {
  const m = head === undefined ? null : /<(?:mrng:)?Connections\s[^<>]*?\bKdfIterations="(\d{1,6})"/.exec(head);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= MREMOTENG_MAX_KDF_ITERATIONS ? n : MREMOTENG_DEFAULT_KDF_ITERATIONS;
}

/**
 * mRemoteNG 1.76+ (`BlockCipherMode="GCM"`): salt (16) | nonce (16) | ciphertext | tag (16), the
 * AES-256 key PBKDF2-HMAC-SHA1 of the master password over the salt with the file's KdfIterations,
 * the salt authenticated too. The tag makes a wrong key fail for certain. Whole-file encryption
 * (`FullFileEncryption="true"`) uses the same scheme for the root element's content.
 */
export function mremotengGcm(
  bytes: Buffer,
  password: string,
  iterations = MREMOTENG_DEFAULT_KDF_ITERATIONS,
): Buffer | undefined {
  if (bytes.length < GCM_SALT + GCM_NONCE + 1 + GCM_TAG) return undefined;
  const crypto = nodeCrypto();
  const salt = bytes.subarray(0, GCM_SALT);
  const key = crypto.pbkdf2Sync(password, salt, iterations, 32, 'sha1');
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, bytes.subarray(GCM_SALT, GCM_SALT + GCM_NONCE), {
      authTagLength: GCM_TAG,
    });
    decipher.setAAD(salt);
    decipher.setAuthTag(bytes.subarray(bytes.length - GCM_TAG));
    return Buffer.concat([
      decipher.update(bytes.subarray(GCM_SALT + GCM_NONCE, bytes.length - GCM_TAG)),
      decipher.final(),
    ]);
  } catch {
    return undefined;
  }
}

/** mRemoteNG before 1.76: IV (16) | AES-128-CBC, the key the MD5 of the master password. */
function mremotengLegacyCbc(bytes: Buffer, password: string): Buffer | undefined {
  if (bytes.length < 32 || bytes.length % 16 !== 0) return undefined;
  const crypto = nodeCrypto();
  const key = crypto.createHash('md5').update(password, 'utf8').digest();
  try {
    const decipher = crypto.createDecipheriv('aes-128-cbc', key, bytes.subarray(0, 16));
    return Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/**
 * What checking one mRemoteNG value costs (VALIDATION_COST): the PBKDF2 rounds of the file's
 * KdfIterations. The engine counts it against the rule's cap, then hands the same number to the
 * check as its `iterations`, so the file's root element is read once a candidate.
 */
export function mremotengKdfCost(context: ValidatorContext): number {
  return mremotengKdfIterations(context.fileHead);
}

/**
 * A password in an mRemoteNG `confCons.xml` `<Node … Password="…">`. Decrypted with the default
 * master password and the file's KdfIterations (what the engine counted the check at; read from
 * the root element at the start of the file, `context.fileHead`, when called without it), the
 * current (GCM) scheme first: a printable result is a password anyone can read (high confidence).
 * A value of either scheme's shape that does not open is under a master password the user chose
 * (`Protected` says so): still a credential, open to an offline guess, reported at low confidence.
 */
export function mremotengPassword(
  secret: string,
  context?: ValidatorContext,
  iterations = mremotengKdfIterations(context?.fileHead),
): boolean | Assessment {
  const bytes = base64Bytes(secret);
  if (!bytes) return false;
  const plain =
    mremotengGcm(bytes, MREMOTENG_DEFAULT_PASSWORD, iterations) ??
    mremotengLegacyCbc(bytes, MREMOTENG_DEFAULT_PASSWORD);
  if (plain) return printable(plain) ? true : false;
  const gcmShape = bytes.length >= GCM_SALT + GCM_NONCE + 1 + GCM_TAG;
  const cbcShape = bytes.length >= 32 && bytes.length % 16 === 0;
  return gcmShape || cbcShape ? LOW : false;
}

/**
 * The content of an mRemoteNG file saved with "Encrypt complete connection file". Under the
 * default master password the engine opens the file and reports the passwords inside it (see
 * encrypted-stores.ts), so the value itself is dropped. Under a master password the user chose it
 * stays closed: it still holds every saved password, open to an offline guess of that password,
 * and is reported at low confidence, as a single value under such a password is.
 */
export function mremotengEncryptedFile(
  secret: string,
  context?: ValidatorContext,
  iterations = mremotengKdfIterations(context?.fileHead),
): Assessment | false {
  const bytes = base64Bytes(secret);
  if (!bytes || bytes.length < GCM_SALT + GCM_NONCE + 1 + GCM_TAG) return false;
  return mremotengGcm(bytes, MREMOTENG_DEFAULT_PASSWORD, iterations) ? false : LOW;
}

/**
 * SQL Developer 3 (and JDeveloper) `connections.xml`: hex of 0x05, an 8-byte DES key, then the
 * password under DES-CBC with a zero IV and PKCS#5 padding. The key travels with the value, so
 * anyone can decrypt it. Single DES is EDE3 with the key three times (OpenSSL 3 has no plain DES).
 */
export function sqlDeveloperV3Password(secret: string): boolean {
  if (!/^05(?:[0-9A-Fa-f]{2}){16,}$/.test(secret)) return false;
  const bytes = Buffer.from(secret, 'hex');
  const ciphertext = bytes.subarray(9);
  if (ciphertext.length % 8 !== 0) return false;
  const key = bytes.subarray(1, 9);
  try {
    const decipher = nodeCrypto().createDecipheriv('des-ede3-cbc', Buffer.concat([key, key, key]), Buffer.alloc(8));
    return printable(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  } catch {
    return false;
  }
}

/**
 * SQL Developer 4 and later (`connections.xml` `<Contents>`, `connections.json` `password`): base64
 * of a password encrypted under a key derived from the installation's `db.system.id`, which is in
 * another file (`product-preferences.xml`), and the scheme changed between releases (DES, then
 * AES). Nothing is decrypted: a value of at least one cipher block is reported at low confidence.
 */
export function sqlDeveloperEncryptedPassword(secret: string): Assessment | false {
  const bytes = base64Bytes(secret);
  return bytes && bytes.length >= 8 ? LOW : false;
}
