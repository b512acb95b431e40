/**
 * Checks for the values that tools and frameworks write into their own credential files:
 * FileZilla's base64 passwords, WinSCP's obfuscated passwords, Laravel's `APP_KEY`, crypt(5)
 * password hashes and JSON Web Keys. Each decodes the value the way the tool does and checks
 * the result, so a look-alike value (a hash, an id) is not reported.
 */

/** Printable text; U+FFFD (what invalid UTF-8 decodes to) is not. */
const PRINTABLE = /^[\x20-\x7e\u00a0-\ufffc]+$/;

/** Base64 that decodes to a short line of printable UTF-8: a password stored as FileZilla does. */
export function base64PrintableText(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.replace(/=+$/, '').length % 4 === 1) return false;
  const text = Buffer.from(secret, 'base64').toString('utf8');
  return text.length >= 1 && text.length <= 256 && PRINTABLE.test(text.replace(/\r?\n$/, ''));
}

const WINSCP_MAGIC = 0xa3;
const WINSCP_FLAG = 0xff;

/**
 * A WinSCP stored password (WinSCP.ini `Password=`): hex pairs, each byte stored as
 * `~b ^ 0xA3`. The first bytes are a flag (0xFF), a reserved byte, the length and a shift; the
 * password (prefixed by the user and host names) follows `shift` random bytes. The length and
 * shift must fit in what is stored, and the password bytes must be printable.
 */
export function winscpPassword(secret: string): boolean {
  if (!/^(?:[0-9A-F]{2}){8,}$/.test(secret)) return false;
  const bytes: number[] = [];
  for (let i = 0; i < secret.length; i += 2) bytes.push(~(parseInt(secret.slice(i, i + 2), 16) ^ WINSCP_MAGIC) & 0xff);
  let at = 0;
  const flag = bytes[at++]!;
  let length = flag;
  if (flag === WINSCP_FLAG) {
    at++;
    length = bytes[at++]!;
  }
  const shift = bytes[at++]!;
  if (length === 0 || at + shift + length > bytes.length) return false;
  const password = bytes.slice(at + shift, at + shift + length);
  return password.every((b) => b >= 0x20 && b < 0x7f);
}

/** Laravel's `APP_KEY`: `base64:` and the base64 of a 16- or 32-byte AES key. */
export function laravelAppKey(secret: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
  const n = Buffer.from(secret, 'base64').length;
  return n === 16 || n === 32;
}

const B64CRYPT = '[./0-9A-Za-z]';
/** crypt(5) hashed passphrases, by prefix, with the lengths each method writes. */
const CRYPT_SHAPES: RegExp[] = [
  new RegExp(`^\\$1\\$${B64CRYPT}{1,8}\\$${B64CRYPT}{22}$`), // MD5-crypt
  new RegExp(`^\\$5\\$(?:rounds=\\d{1,9}\\$)?${B64CRYPT}{1,16}\\$${B64CRYPT}{43}$`), // SHA-256-crypt
  new RegExp(`^\\$6\\$(?:rounds=\\d{1,9}\\$)?${B64CRYPT}{1,16}\\$${B64CRYPT}{86}$`), // SHA-512-crypt
  new RegExp(`^\\$2[abxy]\\$(?:0[4-9]|[12]\\d|3[01])\\$${B64CRYPT}{53}$`), // bcrypt
  new RegExp(`^\\$(?:y|gy|7)\\$${B64CRYPT}{3,}\\$${B64CRYPT}{1,64}\\$${B64CRYPT}{43}$`), // yescrypt, scrypt
];

/** A password hash in one of the crypt(5) formats of `/etc/shadow`, `.htpasswd` and SQL dumps. */
export function cryptHash(secret: string): boolean {
  return CRYPT_SHAPES.some((re) => re.test(secret));
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function keyMaterial(value: unknown, minBytes: number): boolean {
  return typeof value === 'string' && B64URL.test(value) && Buffer.from(value, 'base64url').length >= minBytes;
}

/**
 * A JSON Web Key holding private material (RFC 7517, RFC 7518 §6): an RSA, EC or OKP key with
 * its private part `d`, or a symmetric `oct` key `k`. Public keys (no `d`) are not secrets. `d`
 * is the private member of every asymmetric key type registered, so a key type spelled another way
 * (a registry's newer type, a hand-edited `"[EC]"`) with a `d` of a key's size is private too.
 */
export function jwkPrivateKey(secret: string): boolean {
  const jwk = jsonObject(secret) ?? looseObject(secret);
  return jwk !== undefined && judgeJwk(jwk);
}

/**
 * The judgement both JWK forms end with: a key type is named, and the key holds its private
 * material (`k` of an `oct` key, `d` of any other) of at least a 128-bit key's size.
 */
function judgeJwk({ kty, d, k }: Record<string, unknown>): boolean {
  if (typeof kty !== 'string' || kty.trim() === '') return false;
  return kty === 'oct' ? keyMaterial(k, 16) : keyMaterial(d, 16);
}

/** One member of a JWK written as a YAML mapping: `kty: EC`, `- "d": '…'`, a trailing comment aside. */
const YAML_MEMBER = /^[ \t]*(?:- )?(["']?)([A-Za-z_][A-Za-z0-9_]{0,15})\1:[ \t]+(["']?)([^"'\r\n#]*?)\3[ \t]*(?:#.*)?$/;

/**
 * A JWK written as a YAML mapping (the rule's run of member lines): read into an object and
 * judged as `jwkPrivateKey` judges one in JSON.
 */
export function jwkYamlPrivateKey(secret: string): boolean {
  // Members ending in a comma are JSON or an object literal: the JSON rule reads those whole.
  if (/,[ \t]*$/m.test(secret)) return false;
  const jwk: Record<string, string> = {};
  for (const line of secret.split(/\r?\n/)) {
    const m = YAML_MEMBER.exec(line);
    if (m) jwk[m[2]!] = m[4]!;
  }
  return judgeJwk(jwk);
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A member of an object literal in code: `kty: "EC"`, `'d': '…'`, `"x": \`…\``, name quoted or bare. */
const LOOSE_MEMBER = /(?:^|[{,\s])(["']?)([A-Za-z_][A-Za-z0-9_]{0,15})\1[ \t]*:[ \t]*(["'`])([^"'`\r\n]{0,8192})\3/g;

/**
 * The string members of a key written as a JavaScript, TypeScript or Python object literal
 * (names bare or in single quotes, values in any quotes), where JSON.parse gives up.
 */
function looseObject(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(LOOSE_MEMBER)) out[m[2]!] = m[4]!;
  return 'kty' in out ? out : undefined;
}
