import { nodeCrypto } from '../../node-crypto.js';
import type { ValidatorContext } from './index.js';
import { isPlainPrivateKeyDer } from './pem-private-key.js';

const DER_TYPES = ['pkcs8', 'pkcs1', 'sec1'] as const;
const PEM_LINE = 64;
/** What precedes a value given to a name: `=`, `:`, `=>`, `(` or `,`, then maybe a quote. */
const ASSIGNED = /(?:[=:(,]|=>)\s*["'`]?$/;

/**
 * A private key stored as bare base64 DER, without PEM armour (`"key": "MIIEvQIBADAN…"`, a
 * PKCS#8 or PKCS#1 RSA key, a SEC 1 or PKCS#8 EC key, a PKCS#8 Ed25519 key): the decoded bytes
 * must be one DER private-key structure spanning the whole value, and node:crypto must load it as
 * a key. The value must follow something on its line (a name, a quote): a line that holds nothing
 * else is a PEM body line (a short key fits on one), and the PEM rules report the whole block.
 */
export function base64DerPrivateKey(secret: string, context?: ValidatorContext): boolean {
  const lead = context?.lead ?? '';
  if (lead.trim() === '' || lead.includes('-----BEGIN ')) return false;
  // A key short enough for one PEM line (an Ed25519 key is 64 characters) may be a body line
  // behind a log prefix or inside a string concatenation: take it only right after an assignment.
  if (secret.length <= PEM_LINE && !ASSIGNED.test(lead)) return false;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const der = Buffer.from(secret, 'base64');
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
