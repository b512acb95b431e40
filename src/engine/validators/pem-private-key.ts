import { pemBodyCandidates, readArmorLines } from '../pem-layout.js';
import { decodeBase64Strict } from './ssh-wire.js';

/**
 * PEM private keys (RFC 7468 for PKCS#8, RFC 1421 headers for the legacy OpenSSL encrypted
 * form). Rather than trusting that a BEGIN/END pair surrounds "some base64", these checks decode
 * the body and confirm the DER structure every real key has, so documentation that shows
 * `MIIEpAIBAAKCAQEA...`, a truncated key or a key with an edited line is not reported.
 */

export interface PemBlock {
  label: string;
  headers: Map<string, string>;
  body: Buffer;
}

const ARMOR = /-----BEGIN ([A-Z0-9 ]{1,40})-----([\s\S]*?)-----END ([A-Z0-9 ]{1,40})-----/;

/** Labels a hand-edited block may mix (`BEGIN PRIVATE KEY` … `END RSA PRIVATE KEY`): the body decides. */
const INTERCHANGEABLE = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'DSA PRIVATE KEY', 'EC PRIVATE KEY']);

/**
 * The first PEM block in `text`, decoded, in every reading the block allows (see `parsePem`):
 * the plain reading with RFC 1421 headers first, then the layouts of `pemBodyCandidates` (log
 * prefixes, escaped or concatenated strings, space-joined lines), which carry no headers.
 */
export function pemReadings(text: string): PemBlock[] {
  const m = ARMOR.exec(text);
  if (!m) return [];
  const label = m[1]!;
  if (m[3] !== label && !(INTERCHANGEABLE.has(label) && INTERCHANGEABLE.has(m[3]!))) return [];
  const out: PemBlock[] = [];
  const plain = readPlain(m[2]!);
  if (plain) out.push({ label, ...plain });
  const armored = readArmored(m[2]!) ?? readSpaceJoinedHeaders(m[2]!);
  if (armored && !out.some((b) => b.body.equals(armored.body))) out.push({ label, ...armored });
  for (const candidate of pemBodyCandidates(m[2]!)) {
    const body = decodeBase64Strict(candidate);
    if (body && !out.some((b) => b.body.equals(body))) out.push({ label, headers: new Map(), body });
  }
  return out;
}

/**
 * Finds the first PEM block in `text` and decodes it. Keys are pasted into source in several
 * shapes, all handled: JSON/YAML strings with `\n` escapes (a GCP service account's
 * `private_key`), string concatenation (`"...\n" + "..."`), adjacent literals and indentation,
 * and (through `pemReadings`) log prefixes and double escapes.
 */
export function parsePem(text: string): PemBlock | undefined {
  return pemReadings(text)[0];
}

/**
 * The block's inside read line by line through what decorates every line (a log prefix, a
 * comment leader, quoting): the one lenient reading that keeps RFC 1421 headers, which an
 * encrypted legacy key needs.
 */
function readArmored(raw: string): Omit<PemBlock, 'label'> | undefined {
  const armor = readArmorLines(raw);
  if (!armor || armor.checksum !== undefined) return undefined;
  const body = decodeBase64Strict(armor.lines.join(''));
  if (!body) return undefined;
  const headers = new Map<string, string>();
  for (const h of armor.headers) {
    const colon = h.indexOf(':');
    headers.set(h.slice(0, colon), h.slice(colon + 1).trim());
  }
  return { headers, body };
}

/**
 * RFC 1421 headers and body on one line, the line breaks turned into spaces (a key kept in a CI
 * variable or an `.env` value that lost them): `Proc-Type: 4,ENCRYPTED DEK-Info: AES-128-CBC,…
 * MIIE… …`. Header values hold no spaces, so each header ends at the first.
 */
function readSpaceJoinedHeaders(raw: string): Omit<PemBlock, 'label'> | undefined {
  if (/[\r\n]/.test(raw)) return undefined;
  const words = raw.trim().split(/\s+/);
  const headers = new Map<string, string>();
  let i = 0;
  for (; i + 1 < words.length && /^[A-Za-z][A-Za-z0-9-]{0,30}:$/.test(words[i]!); i += 2) {
    headers.set(words[i]!.slice(0, -1), words[i + 1]!);
  }
  const data = words.slice(i);
  if (headers.size === 0 || data.length === 0 || !data.every((w) => /^[A-Za-z0-9+/]+={0,2}$/.test(w))) return undefined;
  const body = decodeBase64Strict(data.join(''));
  return body && { headers, body };
}

/** The block's inside read as a `.pem` file would have it, headers and all. */
function readPlain(raw: string): Omit<PemBlock, 'label'> | undefined {
  const inner = raw
    // Close-quote, optional `+`, open-quote: string concatenation across lines.
    .replace(/["'`]\s*\+?\s*["'`]/g, '')
    .replace(/\\r/g, '')
    .replace(/\\n/g, '\n');
  const headers = new Map<string, string>();
  let body = '';
  let lastHeader: string | undefined;
  for (const rawLine of inner.split(/\r?\n|\r/)) {
    const line = rawLine
      .trim()
      .replace(/^["'`]|["'`,;]$/g, '')
      .trim();
    if (line === '') continue;
    const h = /^([A-Za-z][A-Za-z0-9-]{0,30}):\s*(.*)$/.exec(line);
    if (h && body === '') {
      lastHeader = h[1]!;
      headers.set(lastHeader, h[2]!);
      continue;
    }
    // RFC 1421 header continuation lines start with white space; they precede the body.
    if (body === '' && lastHeader !== undefined && /^\s/.test(rawLine) && headers.get(lastHeader)!.endsWith(',')) {
      headers.set(lastHeader, headers.get(lastHeader)! + line);
      continue;
    }
    body += line;
  }
  const decoded = decodeBase64Strict(body);
  return decoded ? { headers, body: decoded } : undefined;
}

export interface Tlv {
  tag: number;
  /** Offset of the contents. */
  start: number;
  /** Offset just past the contents. */
  end: number;
}

/** Reads one DER tag-length-value at `off`, within `limit`; definite lengths only. */
export function readTlv(buf: Buffer, off: number, limit = buf.length): Tlv | undefined {
  const tlv = readOpenTlv(buf, off, limit);
  return tlv && tlv.end <= limit ? tlv : undefined;
}

/**
 * `readTlv` for a buffer cut short (the start of a truncated key): the tag and the length must
 * lie within `limit`, the contents may run past it.
 */
export function readOpenTlv(buf: Buffer, off: number, limit = buf.length): Tlv | undefined {
  if (off + 2 > limit) return undefined;
  const tag = buf[off]!;
  const first = buf[off + 1]!;
  if (first < 0x80) return { tag, start: off + 2, end: off + 2 + first };
  const n = first & 0x7f;
  if (n === 0 || n > 3 || off + 2 + n > limit) return undefined;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + buf[off + 2 + i]!;
  // DER uses the shortest length form.
  if (len < 0x80 || (n > 1 && buf[off + 2] === 0)) return undefined;
  const start = off + 2 + n;
  return { tag, start, end: start + len };
}

/**
 * An unencrypted private key in DER: a SEQUENCE spanning the whole body whose first element is a
 * small INTEGER version (0 or 1 in PKCS#1, SEC 1, DSA and PKCS#8 v1/v2) followed by more fields.
 */
export function isPlainPrivateKeyDer(der: Buffer): boolean {
  const top = readTlv(der, 0);
  if (!top || top.tag !== 0x30 || top.end !== der.length) return false;
  const version = readTlv(der, top.start, top.end);
  if (!version || version.tag !== 0x02 || version.end - version.start !== 1 || der[version.start]! > 1) return false;
  const next = readTlv(der, version.end, top.end);
  // Ed25519 in PKCS#8 is the smallest real key: 48 bytes, with a 5-byte AlgorithmIdentifier.
  return der.length >= 48 && next !== undefined && next.end - next.start >= 5;
}

/** PKCS#8 EncryptedPrivateKeyInfo: SEQUENCE { AlgorithmIdentifier, OCTET STRING }. */
export function isEncryptedPrivateKeyInfoDer(der: Buffer): boolean {
  const top = readTlv(der, 0);
  if (!top || top.tag !== 0x30 || top.end !== der.length) return false;
  const alg = readTlv(der, top.start, top.end);
  if (!alg || alg.tag !== 0x30) return false;
  const oid = readTlv(der, alg.start, alg.end);
  if (!oid || oid.tag !== 0x06) return false;
  const data = readTlv(der, alg.end, top.end);
  // The ciphertext is whole cipher blocks: a multiple of 8 bytes for every PBES2 cipher in use.
  return (
    data !== undefined &&
    data.tag === 0x04 &&
    data.end === top.end &&
    (data.end - data.start) % 8 === 0 &&
    data.end - data.start >= 32
  );
}

const PLAIN_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'DSA PRIVATE KEY', 'EC PRIVATE KEY']);

/** An unencrypted PKCS#1 / SEC 1 / DSA / PKCS#8 PEM private key with a well-formed DER body. */
export function pemPrivateKey(secret: string): boolean {
  return pemReadings(secret).some(
    (pem) =>
      PLAIN_LABELS.has(pem.label) &&
      !/ENCRYPTED/i.test(pem.headers.get('Proc-Type') ?? '') &&
      isPlainPrivateKeyDer(pem.body),
  );
}

/** A BEGIN or END line written with four dashes or a space inside them (`---- BEGIN RSA PRIVATE KEY ----`). */
const LOOSE_ARMOR = /-{4,5} ?(BEGIN|END) ((?:RSA |DSA |EC )?PRIVATE KEY) ?-{4,5}/g;

/**
 * A PEM private key whose armor lines were re-typed or mangled by a chat, a wiki or a converter
 * (four dashes, spaces inside them): read as the standard armor, judged like `pemPrivateKey`.
 * A block whose armor is standard is that rule's, so it is not reported twice.
 */
export function loosePemPrivateKey(secret: string): boolean {
  if (/^-----BEGIN [A-Z ]+-----/.test(secret) && /-----END [A-Z ]+-----$/.test(secret)) return false;
  return pemPrivateKey(secret.replace(LOOSE_ARMOR, '-----$1 $2-----'));
}

/** A PKCS#8 `ENCRYPTED PRIVATE KEY` PEM block with a well-formed EncryptedPrivateKeyInfo. */
export function pemEncryptedPrivateKey(secret: string): boolean {
  return pemReadings(secret).some(
    (pem) => pem.label === 'ENCRYPTED PRIVATE KEY' && isEncryptedPrivateKeyInfoDer(pem.body),
  );
}

/**
 * A legacy OpenSSL encrypted PEM key (`Proc-Type: 4,ENCRYPTED` and `DEK-Info: <cipher>,<hex IV>`).
 * The IV is one cipher block (8 bytes for DES/3DES/Blowfish, 16 for AES/Camellia/SEED) and the
 * ciphertext is whole blocks of that size.
 */
export function pemLegacyEncrypted(secret: string): boolean {
  return pemReadings(secret).some(isLegacyEncrypted);
}

function isLegacyEncrypted(pem: PemBlock): boolean {
  if (!PLAIN_LABELS.has(pem.label) || pem.label === 'PRIVATE KEY') return false;
  if (!/^4,\s*ENCRYPTED$/i.test(pem.headers.get('Proc-Type') ?? '')) return false;
  const dek = /^([A-Z0-9-]{3,32}),\s*([0-9A-Fa-f]+)$/i.exec(pem.headers.get('DEK-Info') ?? '');
  if (!dek) return false;
  const block = dek[2]!.length / 2;
  if (block !== 8 && block !== 16) return false;
  return pem.body.length >= 64 && pem.body.length % block === 0;
}
