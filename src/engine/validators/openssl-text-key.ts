import { nodeCrypto } from '../../node-crypto.js';
import { modPow } from './modpow.js';

/**
 * A private key as `openssl pkey -text` (or `openssl rsa|ec|dsa -text`) prints it: a
 * `Private-Key:` header, then each component by name with its bytes in hex-colon lines
 * (`modulus:`, `privateExponent:`, `prime1:` for RSA; `priv:`, `pub:` and the curve for EC,
 * Ed25519 and X25519; `priv:`, `pub:`, `P:`, `Q:`, `G:` for DSA and DH). The dump holds the whole
 * key, so it is checked by arithmetic: the primes multiply to the modulus, or the public value is
 * derived from the private one. A dump shortened for documentation or with a digit changed fails.
 */

/** The components of a dump: lower-cased name → hex bytes (or the text after the colon). */
function readFields(secret: string): Map<string, string> {
  const fields = new Map<string, string>();
  let current: string | undefined;
  for (const raw of secret.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const hex = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2})*:?$/.exec(line);
    if (hex && current !== undefined) {
      fields.set(current, fields.get(current)! + line.replace(/:/g, '').toLowerCase());
      continue;
    }
    const named = /^([A-Za-z][A-Za-z0-9 -]{0,30}):[ \t]*(.*)$/.exec(line);
    if (!named) continue;
    current = named[1]!.toLowerCase();
    fields.set(current, named[2]!.trim());
  }
  return fields;
}

const big = (hex: string | undefined): bigint | undefined =>
  hex && /^[0-9a-f]+$/.test(hex) ? BigInt(`0x${hex}`) : undefined;

/** RSA: the two primes multiply to the modulus (multi-prime dumps list more primes; not taken). */
function rsaHolds(f: Map<string, string>): boolean {
  const [n, d, p, q] = ['modulus', 'privateexponent', 'prime1', 'prime2'].map((k) => big(f.get(k)));
  return n !== undefined && d !== undefined && p !== undefined && q !== undefined && n > 1n << 255n && p * q === n;
}

/** DSA and DH: the public value is G to the private exponent, modulo P. */
function discreteLogHolds(f: Map<string, string>): boolean {
  const x = big(f.get('priv') ?? f.get('private-key'));
  const y = big(f.get('pub') ?? f.get('public-key'));
  const [p, g] = [big(f.get('p')), big(f.get('g'))];
  if (x === undefined || y === undefined || p === undefined || g === undefined || p < 1n << 255n) return false;
  return x > 1n && modPow(g, x, p) === y;
}

/** The named curves `openssl ec -text` prints by OID name, tried in turn when none is named. */
const CURVES = ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1'];
/** PKCS#8 prefixes for the raw private keys of the curve25519 and curve448 families. */
const OKP_PKCS8: Record<number, string[]> = {
  32: ['302e020100300506032b657004220420', '302e020100300506032b656e04220420'],
  56: ['3046020100300506032b656f043a0438'],
  57: ['3047020100300506032b6571043b0439'],
};

/** EC, Ed25519, X25519, Ed448 and X448: the public key derived from `priv` is `pub`. */
function curveHolds(f: Map<string, string>): boolean {
  const priv = f.get('priv');
  const pub = f.get('pub');
  if (!priv || !pub || !/^[0-9a-f]{64,}$/.test(priv) || !/^[0-9a-f]+$/.test(pub)) return false;
  const crypto = nodeCrypto();
  const named = f.get('asn1 oid');
  for (const curve of named && CURVES.includes(named) ? [named] : CURVES) {
    try {
      const ecdh = crypto.createECDH(curve);
      ecdh.setPrivateKey(Buffer.from(priv, 'hex'));
      const derived = [ecdh.getPublicKey('hex'), ecdh.getPublicKey('hex', 'compressed')];
      if (derived.includes(pub)) return true;
    } catch {
      // Not a private key on this curve.
    }
  }
  for (const prefix of OKP_PKCS8[priv.length / 2] ?? []) {
    try {
      const key = crypto.createPrivateKey({ key: Buffer.from(prefix + priv, 'hex'), format: 'der', type: 'pkcs8' });
      const spki = crypto.createPublicKey(key).export({ format: 'der', type: 'spki' });
      if (spki.subarray(spki.length - pub.length / 2).toString('hex') === pub) return true;
    } catch {
      // Not a key of this kind.
    }
  }
  return false;
}

export function opensslTextPrivateKey(secret: string): boolean {
  const fields = readFields(secret);
  return rsaHolds(fields) || discreteLogHolds(fields) || curveHolds(fields);
}
