import type { ValidatorContext } from './index.js';
import { isEncryptedPrivateKeyInfoDer, readOpenTlv, readTlv } from './pem-private-key.js';
import { startsWithSecretKeyPacket } from './pgp-armor.js';
import { END_NEXT, MIN_BODY, readCutBlock } from './truncated-pem.js';

/**
 * An encrypted private key whose END line never comes (a paste or a file cut off): PKCS#8's
 * `ENCRYPTED PRIVATE KEY`, OpenSSL's legacy encrypted PEM (`Proc-Type: 4,ENCRYPTED`) and an
 * OpenPGP private key block. The ciphertext says nothing, so each is judged by what is in the
 * clear: PKCS#8's outer EncryptedPrivateKeyInfo (a password-based encryption scheme's OID, then
 * the ciphertext's OCTET STRING), the legacy form's headers (a cipher and an IV of one block),
 * the Secret-Key packet that opens a PGP block (tag 5, a known version and algorithm). A key
 * cut before its END line may be whole (a file cut after its last line) or a paste's start,
 * which points at where the rest is.
 */

const BEGIN = /^-----BEGIN (ENCRYPTED PRIVATE KEY|(?:RSA |DSA |EC )PRIVATE KEY|PGP (?:PRIVATE|SECRET) KEY BLOCK)-----/;
/** OID prefixes of PKCS#5 (PBES1, PBES2: 1.2.840.113549.1.5) and PKCS#12 (1.2.840.113549.1.12.1) schemes. */
const PBE_OIDS = [Buffer.from('2a864886f70d0105', 'hex'), Buffer.from('2a864886f70d010c01', 'hex')];
/** Base64 of random bytes uses most of its alphabet within 150 characters; filler does not. */
const MIN_DISTINCT = 24;

/**
 * The start of an EncryptedPrivateKeyInfo: SEQUENCE (its length may run past what is shown), an
 * AlgorithmIdentifier shown whole whose OID is a password-based scheme's, then the ciphertext's
 * OCTET STRING of at least two blocks.
 */
export function startsLikeEncryptedPrivateKeyInfo(der: Buffer): boolean {
  const top = readOpenTlv(der, 0);
  if (!top || top.tag !== 0x30) return false;
  const alg = readTlv(der, top.start);
  if (!alg || alg.tag !== 0x30) return false;
  const oid = readTlv(der, alg.start, alg.end);
  if (!oid || oid.tag !== 0x06) return false;
  const id = der.subarray(oid.start, oid.end);
  if (!PBE_OIDS.some((p) => id.subarray(0, p.length).equals(p))) return false;
  const data = readOpenTlv(der, alg.end);
  return data !== undefined && data.tag === 0x04 && data.end - data.start >= 32;
}

/** OpenSSL's legacy headers: `Proc-Type: 4,ENCRYPTED`, and `DEK-Info:` a cipher and an IV of 8 or 16 bytes. */
function legacyHeaders(headers: Map<string, string>): boolean {
  if (!/^4,\s*ENCRYPTED$/i.test(headers.get('Proc-Type') ?? '')) return false;
  const dek = /^[A-Z0-9-]{3,32},\s*((?:[0-9A-Fa-f]{16}){1,2})$/i.exec(headers.get('DEK-Info') ?? '');
  return dek !== null;
}

export function truncatedEncryptedPrivateKey(secret: string, context?: ValidatorContext): boolean {
  if (END_NEXT.test(context?.after ?? '')) return false;
  const begin = BEGIN.exec(secret);
  const cut = begin && readCutBlock(secret.slice(begin[0].length));
  if (!cut) return false;
  const bytes = Buffer.from(cut.b64, 'base64');
  const long = cut.b64.length >= MIN_BODY;
  const label = begin[1]!;
  if (label === 'ENCRYPTED PRIVATE KEY')
    return (
      cut.headers.size === 0 &&
      (isEncryptedPrivateKeyInfoDer(bytes) || (long && startsLikeEncryptedPrivateKeyInfo(bytes)))
    );
  // A short PGP body counts when its Secret-Key packet is whole (an Ed25519 key is short).
  if (label.startsWith('PGP '))
    return startsWithSecretKeyPacket(bytes, true) && (long || startsWithSecretKeyPacket(bytes));
  // Legacy: the ciphertext is random, so only its amount and its variety are read.
  return legacyHeaders(cut.headers) && long && new Set(cut.b64).size >= MIN_DISTINCT;
}
