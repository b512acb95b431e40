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
export const END_NEXT = /^-{4,6} ?END /;
const ESCAPED_BREAK = /\\+r\\+n|\\+[rn]|`r`n|`[rn]/g;
/** Indentation, string quotes, comment markers: what a pasted line wears before its data. */
const LEADER = /^[\s"'`*#>|;,]*/;
/**
 * Quotes, concatenation, a continuation backslash: what it wears after. A `+` is concatenation
 * only after a closing quote: base64 data may end in `+` itself.
 */
const TRAILER = /(?:["'`][\s"'`+,;\\]*|[\s,;\\]+)$/;
const DATA_LINE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** What a writer puts where they cut a key on purpose: the elided-key rule speaks for those. */
const ELISION = /\.\.\.|…|<[^>]*>|\[[^\]]*\]|snip|truncat|omit|redact|elided/i;
/**
 * Three lines of 64: a body this short may be a documentation excerpt, not a key's start. A
 * shorter body whose DER is whole (an Ed25519 or X25519 key is one line) is a complete key that
 * lost only its END line, and is reported whatever its length.
 */
export const MIN_BODY = 150;
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** An RFC 1421 / OpenPGP armor header line (`Proc-Type: 4,ENCRYPTED`, `Comment: …`), bare. */
const HEADER = /^([A-Za-z][A-Za-z0-9-]{0,30}):[ \t]*(\S.*)$/;

/** What a cut block shows after its BEGIN line. */
export interface CutBlock {
  /** Armor headers before the data (legacy encrypted PEM, PGP), by name. */
  headers: Map<string, string>;
  /** The base64 lines joined, padding left off. */
  b64: string;
}

/**
 * The header and base64 lines after a BEGIN line, read through what decorates them (quotes,
 * comment leaders, a diff's marks, JSON's escaped breaks). Undefined when the block was cut on
 * purpose (an ellipsis, `<snip>`) or its END line follows: those are other rules'.
 */
export function readCutBlock(afterBegin: string): CutBlock | undefined {
  const lines = afterBegin.replace(ESCAPED_BREAK, '\n').split(/\r\n|\r|\n/);
  // The rest of the BEGIN line: nothing, or the quote and `+` that close its string.
  let i = lines[0]!.replace(TRAILER, '').trim() === '' ? 1 : 0;
  // A diff's `+` or `-` is on every line or none: a key's base64 never starts with either, but
  // a later line may start with `+`, which is data there.
  const diffMark = /^[+-]/.test(lines[i]?.replace(LEADER, '') ?? '');
  const bare = (raw: string): string => {
    const line = raw.replace(LEADER, '').replace(TRAILER, '');
    return diffMark ? line.slice(1).replace(LEADER, '') : line;
  };
  const headers = new Map<string, string>();
  for (let h; i < lines.length && (h = HEADER.exec(bare(lines[i]!))); i++) headers.set(h[1]!, h[2]!);
  // The blank line that ends the headers; an OpenPGP armor has it when there are none, too.
  if (i < lines.length && bare(lines[i]!) === '') i++;
  const body: string[] = [];
  for (; i < lines.length; i++) {
    const line = bare(lines[i]!);
    if (!DATA_LINE.test(line)) break;
    body.push(line);
    if (line.endsWith('=')) break;
  }
  if (lines.slice(i, i + 2).some((l) => ELISION.test(l) || /-{4,5} ?END /.test(l))) return undefined;
  return { headers, b64: body.join('').replace(/=+$/, '') };
}

export function truncatedPemPrivateKey(secret: string, context?: ValidatorContext): boolean {
  if (END_NEXT.test(context?.after ?? '')) return false;
  const begin = BEGIN.exec(secret);
  if (!begin) return false;
  const cut = readCutBlock(secret.slice(begin[0].length));
  // Headers are an encrypted block's (Proc-Type): the encrypted cut-key rule reads those.
  if (!cut || cut.headers.size > 0) return false;
  const { b64 } = cut;
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
