import type { Assessment } from '../types.js';
import type { ValidatorContext } from './index.js';
import { berChildren, berOctets, readBer, type BerTlv } from './ber.js';

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

const oid = (hex: string): Buffer => Buffer.from(hex, 'hex');
// PKCS#7 content types (1.2.840.113549.1.7.x): the authSafe is data (password integrity) or
// signedData (public-key integrity); its parts are data (bags in the clear), or encryptedData and
// envelopedData (bags sealed under the password or a recipient's key), which are not opened.
const PKCS7_DATA = oid('2a864886f70d010701');
const PKCS7_SIGNED_DATA = oid('2a864886f70d010702');
/** 1.2.840.113549.1.12.10.1.x, the bag types of RFC 7292 §4.2, by their last arc. */
const BAG_PREFIX = oid('2a864886f70d010c0a01');
const KEY_BAG = 1;
const SHROUDED_KEY_BAG = 2;
const SECRET_BAG = 5;
const SAFE_CONTENTS_BAG = 6;

/**
 * What a PKCS#12 file holds, as far as its clear parts tell: `plain-key` (a key bag, the private
 * key unencrypted: `openssl pkcs12 -export -keypbe NONE`), `key` (a shrouded key bag or a secret
 * bag in a part that is not encrypted: how OpenSSL, Java and Windows write the key under the
 * password), `sealed` (no key in the clear, but a part sealed under the password that may hold
 * one), `certificates` (every part in the clear, and no key in any).
 */
export type Pkcs12Contents = 'plain-key' | 'key' | 'sealed' | 'certificates';

function isOid(buf: Buffer, at: BerTlv | undefined, want: Buffer): boolean {
  return at !== undefined && at.tag === 0x06 && buf.subarray(at.start, at.end).equals(want);
}

/** A TLV with the bytes it lies in: a BER OCTET STRING's segments are joined into bytes of their own. */
interface At {
  buf: Buffer;
  tlv: BerTlv;
}

/**
 * A ContentInfo's `[0] EXPLICIT OCTET STRING` when its type is data, as the SEQUENCE the octets
 * hold (joined first when BER wrote them in segments); undefined for another type.
 */
function dataContent({ buf, tlv }: At): At | undefined {
  const [type, wrapped] = berChildren(buf, tlv) ?? [];
  if (!isOid(buf, type, PKCS7_DATA) || wrapped?.tag !== 0xa0) return undefined;
  const octets = readBer(buf, wrapped.start, wrapped.end);
  const inner = octets && berOctets(buf, octets);
  const seq = inner && readBer(inner, 0);
  return seq?.tag === 0x30 && seq.next === inner!.length ? { buf: inner!, tlv: seq } : undefined;
}

/** The key one clear SafeContents holds, `certificates` for none; undefined when unreadable. */
function clearPartKey({ buf, tlv }: At): 'plain-key' | 'key' | 'certificates' | undefined {
  const bags = berChildren(buf, tlv);
  if (!bags) return undefined;
  let nested = false;
  let found: 'key' | undefined;
  for (const bag of bags) {
    const id = bag.tag === 0x30 ? readBer(buf, bag.start, bag.end) : undefined;
    if (!id || id.tag !== 0x06 || id.end - id.start !== BAG_PREFIX.length + 1) return undefined;
    if (!buf.subarray(id.start, id.end - 1).equals(BAG_PREFIX)) return undefined;
    const kind = buf[id.end - 1]!;
    if (kind === KEY_BAG) return 'plain-key';
    if (kind === SHROUDED_KEY_BAG || kind === SECRET_BAG) found = 'key';
    if (kind === SAFE_CONTENTS_BAG) nested = true;
  }
  // Bags nested in a bag are rare enough not to be walked: they may hold a key.
  return found ?? (nested ? undefined : 'certificates');
}

/**
 * PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo (data or signedData), macData
 * OPTIONAL }, in DER or in BER (indefinite lengths, OCTET STRINGs in segments), the outer
 * SEQUENCE spanning the whole of `der` (a cut or edited file does not pass): what it holds (see
 * Pkcs12Contents), or undefined when it is not a PFX. A part that cannot be read counts as
 * sealed: the file is a key store all the same.
 */
export function pkcs12Contents(der: Buffer): Pkcs12Contents | undefined {
  const top = readBer(der, 0);
  if (!top || top.tag !== 0x30 || top.next !== der.length) return undefined;
  const version = readBer(der, top.start, top.end);
  if (!version || version.tag !== 0x02 || version.end - version.start !== 1 || der[version.start] !== 3)
    return undefined;
  const authSafe = readBer(der, version.next, top.end);
  if (!authSafe || authSafe.tag !== 0x30) return undefined;
  const type = readBer(der, authSafe.start, authSafe.end);
  if (isOid(der, type, PKCS7_SIGNED_DATA)) return 'sealed';
  if (!isOid(der, type, PKCS7_DATA)) return undefined;
  const parts = dataContent({ buf: der, tlv: authSafe });
  const infos = parts && berChildren(parts.buf, parts.tlv);
  if (!infos) return 'sealed';
  let sealed = false;
  let key = false;
  for (const info of infos) {
    const clear = info.tag === 0x30 ? dataContent({ buf: parts.buf, tlv: info }) : undefined;
    const part = clear && clearPartKey(clear);
    if (part === 'plain-key') return part;
    if (part === 'key') key = true;
    if (part === undefined) sealed = true;
  }
  return key ? 'key' : sealed ? 'sealed' : 'certificates';
}

/**
 * A PKCS#12 file in base64 (see pkcs12Contents) that may hold a key: a file of certificates
 * only, or one under a trust-store name, is public. A key stored unencrypted needs no password
 * to use, which is as sure as a finding gets: high confidence.
 */
export function pkcs12Base64(secret: string, context?: ValidatorContext): boolean | Assessment {
  if (TRUST_NAME.test(context?.lead ?? '')) return false;
  const der = decodeLoose(secret);
  const contents = der && pkcs12Contents(der);
  if (contents === 'plain-key') return { confidence: 'high' };
  return contents === 'key' || contents === 'sealed';
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
