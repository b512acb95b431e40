import { modPow } from './modpow.js';
/**
 * RSA keys in the XML form of .NET's `RSA.ToXmlString(true)` / `FromXmlString`: an
 * `<RSAKeyValue>` element whose children hold the key's integers in base64, big-endian
 * (`<Modulus>`, `<Exponent>`, and with the private parameters `<P>`, `<Q>`, `<DP>`, `<DQ>`,
 * `<InverseQ>`, `<D>`). A public key has only the first two, and is not a secret.
 *
 * The check is arithmetic, so a document that shows the element names with `…` or shortened
 * values is not reported: P·Q must equal the modulus, or, when only D is given, D must invert
 * the exponent (2^(e·d) ≡ 2 mod n).
 */

const ELEMENT = /<(Modulus|Exponent|P|Q|G|Y|X|D|DP|DQ|InverseQ)>\s*([A-Za-z0-9+/=\s]{1,4096}?)\s*<\/\1>/g;
const PRIVATE_PARTS = ['P', 'Q', 'D', 'DP', 'DQ', 'InverseQ'];
/** 512 bits: the smallest modulus any RSA implementation still loads. */
const MIN_MODULUS_BYTES = 64;

function readIntegers(xml: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const m of xml.matchAll(ELEMENT)) {
    const b64 = m[2]!.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) continue;
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length === 0) continue;
    out.set(m[1]!, BigInt(`0x${bytes.toString('hex')}`));
  }
  return out;
}

/** An `<RSAKeyValue>` holding private parameters that are consistent with its modulus. */
export function xmlRsaPrivateKey(secret: string): boolean {
  const ints = readIntegers(secret);
  const n = ints.get('Modulus');
  const e = ints.get('Exponent');
  if (n === undefined || e === undefined || !PRIVATE_PARTS.some((p) => ints.has(p))) return false;
  if (n.toString(16).length < MIN_MODULUS_BYTES * 2 - 1) return false;
  const p = ints.get('P');
  const q = ints.get('Q');
  if (p !== undefined && q !== undefined) return p > 1n && q > 1n && p * q === n;
  const d = ints.get('D');
  if (d === undefined || d < 2n || d >= n) return false;
  return modPow(2n, e * d, n) === 2n;
}

/** 512 bits: the smallest DSA prime FIPS 186 ever allowed. */
const MIN_DSA_PRIME_BYTES = 64;

/**
 * A `<DSAKeyValue>` from .NET's `DSA.ToXmlString(true)`: the domain parameters `<P>`, `<Q>`,
 * `<G>`, the public `<Y>` and the private `<X>` (with `<J>`, `<Seed>`, `<PgenCounter>` beside
 * them). Without `<X>` it is a public key. The check is arithmetic: Y = G^X mod P, so elided or
 * edited values are not reported.
 */
export function xmlDsaPrivateKey(secret: string): boolean {
  const ints = readIntegers(secret);
  const [p, q, g, y, x] = ['P', 'Q', 'G', 'Y', 'X'].map((k) => ints.get(k));
  if (p === undefined || g === undefined || y === undefined || x === undefined) return false;
  if (p.toString(16).length < MIN_DSA_PRIME_BYTES * 2 - 1 || x < 2n || g < 2n || g >= p) return false;
  if (q !== undefined && x >= q) return false;
  return modPow(g, x, p) === y;
}
