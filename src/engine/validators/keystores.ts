import type { ValidatorContext } from './index.js';
import { readTlv } from './pem-private-key.js';

/**
 * Key stores pasted as base64 (CI secrets, Kubernetes secrets, `.env` files, YAML block scalars):
 * PKCS#12 (`.p12`/`.pfx`, RFC 7292) and Java's JKS and JCEKS files. Both are binary, so only
 * their base64 is text; what is checked is the container's own structure, read from the bytes.
 */

/** A value under a trust-store name holds CA certificates for verifying others: public. */
const TRUST_NAME = /trust/i;

function decodeLoose(secret: string): Buffer | undefined {
  const b64 = secret.replace(/\\[nr]|\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return undefined;
  return Buffer.from(b64, 'base64');
}

// 1.2.840.113549.1.7.1, PKCS#7 data: the authSafe's content type in every PFX.
const PKCS7_DATA = Buffer.from('06092a864886f70d010701', 'hex');

/**
 * PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo (data), macData OPTIONAL }, and
 * the outer SEQUENCE spans the whole value: a cut or edited value does not pass.
 */
export function pkcs12Base64(secret: string, context?: ValidatorContext): boolean {
  if (TRUST_NAME.test(context?.lead ?? '')) return false;
  const der = decodeLoose(secret);
  if (!der) return false;
  const top = readTlv(der, 0);
  if (!top || top.tag !== 0x30 || top.end !== der.length) return false;
  const version = readTlv(der, top.start, top.end);
  if (!version || version.tag !== 0x02 || version.end - version.start !== 1 || der[version.start] !== 3) return false;
  const authSafe = readTlv(der, version.end, top.end);
  if (!authSafe || authSafe.tag !== 0x30) return false;
  return der.subarray(authSafe.start, authSafe.start + PKCS7_DATA.length).equals(PKCS7_DATA);
}

const JKS_MAGIC = 0xfeedfeed;
const JCEKS_MAGIC = 0xcececece;
const PRIVATE_KEY_ENTRY = 1;
const TRUSTED_CERT_ENTRY = 2;
const SECRET_KEY_ENTRY = 3;
const SHA1_BYTES = 20;

/** Reads a JKS/JCEKS entry list until a key entry (yes), the end (no) or bytes that do not fit (no). */
class KeystoreReader {
  private off = 12;
  constructor(private readonly b: Buffer) {}

  private u16(): number {
    const v = this.b.readUInt16BE(this.off);
    this.off += 2;
    return v;
  }

  private u32(): number {
    const v = this.b.readUInt32BE(this.off);
    this.off += 4;
    return v;
  }

  // `this.off += this.u16()` would read `off` before the call moves it: take the length first.
  private skipUtf(): void {
    const n = this.u16();
    this.off += n;
  }

  private skipBytes(): void {
    const n = this.u32();
    this.off += n;
  }

  private skipCert(): void {
    this.skipUtf();
    this.skipBytes();
  }

  /**
   * Walks every entry and the SHA-1 digest that closes the file, so a cut store does not pass. A
   * JCEKS secret-key entry is a serialized Java object that cannot be skipped: it ends the walk.
   */
  hasKeyEntry(count: number): boolean {
    let found = false;
    for (let i = 0; i < count; i++) {
      const tag = this.u32();
      if (tag === SECRET_KEY_ENTRY) return true;
      if (tag !== PRIVATE_KEY_ENTRY && tag !== TRUSTED_CERT_ENTRY) return false;
      this.skipUtf();
      this.off += 8;
      if (tag === TRUSTED_CERT_ENTRY) {
        this.skipCert();
        continue;
      }
      found = true;
      this.skipBytes();
      for (let chain = this.u32(); chain > 0; chain--) this.skipCert();
    }
    return found && this.off + SHA1_BYTES === this.b.length;
  }
}

/** A JKS or JCEKS key store (magic, version 1 or 2, entry count) holding a private or secret key entry. */
export function javaKeystoreBase64(secret: string, context?: ValidatorContext): boolean {
  if (TRUST_NAME.test(context?.lead ?? '')) return false;
  const b = decodeLoose(secret);
  if (!b || b.length < 32) return false;
  const magic = b.readUInt32BE(0);
  const version = b.readUInt32BE(4);
  const count = b.readUInt32BE(8);
  if ((magic !== JKS_MAGIC && magic !== JCEKS_MAGIC) || (version !== 1 && version !== 2)) return false;
  if (count === 0 || count > 10_000) return false;
  try {
    return new KeystoreReader(b).hasKeyEntry(count);
  } catch {
    // Read past the end: cut short, or not a key store.
    return false;
  }
}
