import { nodeCrypto } from '../../node-crypto.js';
import type { ValidatorContext } from './index.js';
import { isPlainPrivateKeyDer } from './pem-private-key.js';

const DER_TYPES = ['pkcs8', 'pkcs1', 'sec1'] as const;
const PEM_LINE = 64;
/** What precedes a value given to a name: `=`, `:`, `=>`, `(` or `,`, then maybe a quote. */
const ASSIGNED = /(?:[=:(,]|=>)\s*["'`]?$/;
/** Where a wrapped value breaks: a line break and indentation, or `\n` / `\r\n` escapes in a string. */
const WRAP = /(?:\\r)?\\n|\s+/;
/**
 * How many of a wrapped value's last pieces may be dropped: the pattern reads on while lines look
 * like base64, so a short word on the next line (a YAML key with no value, a closing word) may
 * have come along.
 */
const SPARE_PIECES = 2;

/**
 * A private key stored as bare base64 DER, without PEM armour (`"key": "MIIEvQIBADAN…"`, a
 * PKCS#8 or PKCS#1 RSA key, a SEC 1 or PKCS#8 EC key, a PKCS#8 Ed25519 key), on one line or
 * wrapped (a YAML block scalar, Java's MIME encoder, `\n` escapes): the decoded bytes must be one
 * DER private-key structure spanning the whole value, and node:crypto must load it as a key. The
 * value must follow something on its line (a name, a quote), or start a YAML block scalar (the
 * pattern's `block` group): a line that holds nothing else is a PEM body line (a short key fits
 * on one), and the PEM rules report the whole block.
 */
export function base64DerPrivateKey(secret: string, context?: ValidatorContext): boolean {
  // A `.der` key file read whole: the file is the key, with no name before it.
  if (context?.storeFile === 'der-key-file') return loadsAsPrivateKey(Buffer.from(secret, 'base64'));
  const lead = context?.lead ?? '';
  const block = context?.groups?.['block'] !== undefined;
  if ((lead.trim() === '' && !block) || lead.includes('-----BEGIN ')) return false;
  // The line before is a BEGIN line: this is a PEM body line behind a log prefix (`app[web.1]: `
  // reads like a name), and the PEM rules report the block.
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(context?.lineAbove ?? '')) return false;
  // A key short enough for one PEM line (an Ed25519 key is 64 characters) may be a body line
  // behind a log prefix or inside a string concatenation: take it only right after an assignment.
  const anyLength = block || ASSIGNED.test(lead);
  const pieces = secret.split(WRAP).filter((p) => p !== '');
  for (let n = pieces.length; n >= Math.max(1, pieces.length - SPARE_PIECES); n--) {
    const value = pieces.slice(0, n).join('');
    if (value.length <= PEM_LINE && !anyLength) continue;
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) continue;
    if (loadsAsPrivateKey(Buffer.from(value, 'base64'))) return true;
  }
  return false;
}

/**
 * A private key's DER written as hex (`308204a4020100…`, `0x3077…`), as `xxd -p`, test vectors
 * and key-handling code print it: the same whole-structure check as the base64 spelling. Hex
 * has no alphabet to tell it from a hash, so the structure is the whole test.
 */
export function hexDerPrivateKey(secret: string): boolean {
  if (secret.length % 2 !== 0 || !/^[0-9A-Fa-f]+$/.test(secret)) return false;
  return loadsAsPrivateKey(Buffer.from(secret, 'hex'));
}

/** One DER private-key structure spanning `der`, that node:crypto loads as a key. */
function loadsAsPrivateKey(der: Buffer): boolean {
  if (!isPlainPrivateKeyDer(der)) return false;
  const { createPrivateKey } = nodeCrypto();
  return DER_TYPES.some((type) => {
    try {
      createPrivateKey({ key: der, format: 'der', type });
      return true;
    } catch {
      return false;
    }
  });
}
