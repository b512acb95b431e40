import { readTlv } from './pem-private-key.js';

/** The one key id NSS gives the logins key in key4.db (and key3.db): F8 00 … 00 01. */
const LOGINS_KEY_ID = Buffer.from('f8000000000000000000000000000001', 'hex');
/** des-ede3-cbc (1.2.840.113549.3.7) and aes256-cbc (2.16.840.1.101.3.4.1.42), DER-encoded OIDs. */
const CIPHERS = new Map([
  ['2a864886f70d0307', 8],
  ['60864801650304012a', 16],
]);

/**
 * A value Firefox's password manager encrypted with NSS "SDR" (logins.json `encryptedUsername`
 * and `encryptedPassword`): base64 of the DER SEQUENCE { OCTET STRING key id, SEQUENCE { cipher
 * OID, OCTET STRING IV }, OCTET STRING ciphertext }, with the logins key's fixed id, a 3DES or
 * AES-256 CBC cipher, an IV of one block and whole blocks of ciphertext. Anyone holding the
 * profile's key4.db (no primary password by default) decrypts it.
 */
export function firefoxLoginCiphertext(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
  const der = Buffer.from(secret, 'base64');
  const top = readTlv(der, 0);
  if (!top || top.tag !== 0x30 || top.end !== der.length) return false;
  const keyId = readTlv(der, top.start, top.end);
  if (!keyId || keyId.tag !== 0x04 || !der.subarray(keyId.start, keyId.end).equals(LOGINS_KEY_ID)) return false;
  const alg = readTlv(der, keyId.end, top.end);
  if (!alg || alg.tag !== 0x30) return false;
  const oid = readTlv(der, alg.start, alg.end);
  const block = oid && oid.tag === 0x06 ? CIPHERS.get(der.subarray(oid.start, oid.end).toString('hex')) : undefined;
  if (!oid || block === undefined) return false;
  const iv = readTlv(der, oid.end, alg.end);
  if (!iv || iv.tag !== 0x04 || iv.end - iv.start !== block || iv.end !== alg.end) return false;
  const data = readTlv(der, alg.end, top.end);
  const size = data ? data.end - data.start : 0;
  return data !== undefined && data.tag === 0x04 && data.end === top.end && size > 0 && size % block === 0;
}
