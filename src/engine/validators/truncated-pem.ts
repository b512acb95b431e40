import type { ValidatorContext } from './index.js';
import { isPlainPrivateKeyDer, readOpenTlv, readTlv } from './pem-private-key.js';

/**
 * A PEM private key whose END line never comes: a log or a paste cut off mid-key, a file
 * truncated by a tool. What is shown is the start of a real key (the rest is usually where the
 * paste came from), so it is judged by the structure that start must have: the DER of PKCS#1,
 * SEC 1, DSA or PKCS#8 (a SEQUENCE, a version INTEGER 0 or 1, then a key INTEGER, an OCTET
 * STRING or an AlgorithmIdentifier) or OpenSSH's `openssh-key-v1` magic. A block that has its
 * END line belongs to the complete-key rules, and one whose body stops at an ellipsis or
 * `<snip>` to the elided-key rule.
 */

const BEGIN = /^-----BEGIN ((?:RSA |DSA |EC |OPENSSH )?PRIVATE KEY)-----/;
/** An END line right after the match: `-----END`, re-typed `----END`, or `------END` behind a diff's `-`. */
const END_NEXT = /^-{4,6} ?END /;
const ESCAPED_BREAK = /\\+r\\+n|\\+[rn]/g;
/** Indentation, string quotes, comment markers: what a pasted line wears before its data. */
const LEADER = /^[\s"'`*#>|;,]*/;
/** Quotes, concatenation, a continuation backslash: what it wears after. */
const TRAILER = /[\s"'`+,;\\]*$/;
const DATA_LINE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** What a writer puts where they cut a key on purpose: the elided-key rule speaks for those. */
const ELISION = /\.\.\.|…|<[^>]*>|\[[^\]]*\]|snip|truncat|omit|redact|elided/i;
/**
 * Three lines of 64: a body this short may be a documentation excerpt, not a key's start. A
 * shorter body whose DER is whole (an Ed25519 or X25519 key is one line) is a complete key that
 * lost only its END line, and is reported whatever its length.
 */
const MIN_BODY = 150;
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

export function truncatedPemPrivateKey(secret: string, context?: ValidatorContext): boolean {
  if (END_NEXT.test(context?.after ?? '')) return false;
  const begin = BEGIN.exec(secret);
  if (!begin) return false;
  const lines = secret
    .slice(begin[0].length)
    .replace(ESCAPED_BREAK, '\n')
    .split(/\r\n|\r|\n/);
  const body: string[] = [];
  let i = lines[0]!.trim() === '' ? 1 : 0;
  // A diff's `+` or `-` is on every line or none: a key's base64 never starts with either, but
  // a later line may start with `+`, which is data there.
  const diffMark = /^[+-]/.test(lines[i]?.replace(LEADER, '') ?? '');
  for (; i < lines.length; i++) {
    const bare = lines[i]!.replace(LEADER, '').replace(TRAILER, '');
    const line = diffMark ? bare.slice(1).replace(LEADER, '') : bare;
    if (!DATA_LINE.test(line)) break;
    body.push(line);
    if (line.endsWith('=')) break;
  }
  if (lines.slice(i, i + 2).some((l) => ELISION.test(l) || /-{4,5} ?END /.test(l))) return false;
  const b64 = body.join('').replace(/=+$/, '');
  // Decoded once for both questions. A partial last quad decodes only to the bytes its
  // characters spell in full, so a body cut mid-quad gives the key's first bytes, none made up.
  const der = Buffer.from(b64, 'base64');
  if (begin[1] !== 'OPENSSH PRIVATE KEY' && isPlainPrivateKeyDer(der)) return true;
  if (b64.length < MIN_BODY) return false;
  return begin[1] === 'OPENSSH PRIVATE KEY'
    ? der.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC)
    : startsLikePrivateKeyDer(der);
}

/**
 * The first fields of a private key's DER: SEQUENCE (its length may run past what is shown),
 * INTEGER version 0 or 1, then an INTEGER (PKCS#1 modulus, DSA p), an OCTET STRING (SEC 1) or
 * a SEQUENCE holding an OID (PKCS#8's AlgorithmIdentifier).
 */
export function startsLikePrivateKeyDer(der: Buffer): boolean {
  if (der.length < 48) return false;
  const top = readOpenTlv(der, 0);
  if (!top || top.tag !== 0x30) return false;
  const version = readTlv(der, top.start);
  if (!version || version.tag !== 0x02 || version.end - version.start !== 1 || der[version.start]! > 1) return false;
  // The key field itself is cut off more often than not: its tag, and an AlgorithmIdentifier's OID tag.
  const next = readOpenTlv(der, version.end);
  if (!next) return false;
  if (next.tag === 0x30) return der[next.start] === 0x06;
  return next.tag === 0x02 || next.tag === 0x04;
}
