import type { ValidatorContext } from './index.js';
import { isEncryptedPrivateKeyInfoDer, readTlv } from './pem-private-key.js';

/**
 * A password-encrypted PKCS#8 key (EncryptedPrivateKeyInfo, RFC 5958 §3) without PEM armour: a
 * config value holding its base64 (`SNOWFLAKE_PRIVATE_KEY=` then `MIIF…`), or a
 * binary `.p8`/`.der` file (`openssl pkcs8 -topk8 -outform DER`) read as its base64. The DER must
 * be one EncryptedPrivateKeyInfo spanning the value whose algorithm is a password-based scheme:
 * PKCS#5 (PBES1, PBES2: 1.2.840.113549.1.5.x) or PKCS#12's (1.2.840.113549.1.12.1.x). Without
 * that, `SEQUENCE { AlgorithmIdentifier, OCTET STRING }` is also a signature's DigestInfo.
 */

const PKCS5 = Buffer.from('2a864886f70d0105', 'hex');
const PKCS12_PBE = Buffer.from('2a864886f70d010c01', 'hex');
/** Where a wrapped value breaks: a line break and indentation, or `\n` / `\r\n` escapes. */
const WRAP = /(?:\\r)?\\n|\s+/;

/** Whether `der` is an EncryptedPrivateKeyInfo under a password-based scheme. */
export function isPasswordEncryptedPkcs8(der: Buffer): boolean {
  if (!isEncryptedPrivateKeyInfoDer(der)) return false;
  const top = readTlv(der, 0)!;
  const alg = readTlv(der, top.start, top.end)!;
  const oid = readTlv(der, alg.start, alg.end)!;
  const id = der.subarray(oid.start, oid.end);
  return (
    (id.length === PKCS5.length + 1 && id.subarray(0, PKCS5.length).equals(PKCS5)) ||
    (id.length === PKCS12_PBE.length + 1 && id.subarray(0, PKCS12_PBE.length).equals(PKCS12_PBE))
  );
}

/**
 * The rule's check. A value in text must follow something on its line (a name, a quote) or open
 * a YAML block scalar, and not sit under a BEGIN line (a PEM body: the PEM rules report the block); the pattern may have read
 * on into a following word, so the last two pieces of a wrapped value may be dropped.
 */
export function encryptedDerKeyBase64(secret: string, context?: ValidatorContext): boolean {
  if (context?.storeFile === 'encrypted-der-key-file') return isPasswordEncryptedPkcs8(Buffer.from(secret, 'base64'));
  const lead = context?.lead ?? '';
  const above = context?.lineAbove ?? '';
  // A YAML block scalar (`key: |`) holds the value on the lines below its name.
  const block = lead.trim() === '' && /[:=][ \t]*[|>][-+]?[0-9]?[ \t]*$/.test(above);
  if ((lead.trim() === '' && !block) || lead.includes('-----BEGIN ')) return false;
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(above)) return false;
  const pieces = secret.split(WRAP).filter((p) => p !== '');
  for (let n = pieces.length; n >= Math.max(1, pieces.length - 2); n--) {
    const b64 = pieces.slice(0, n).join('');
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(b64) && isPasswordEncryptedPkcs8(Buffer.from(b64, 'base64'))) return true;
  }
  return false;
}
