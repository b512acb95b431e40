import { nodeCrypto } from '../../node-crypto.js';

// Navicat 12 and later encrypt saved passwords with AES-128-CBC, PKCS#7 padding, and a key and
// IV compiled into the program (published: github.com/HyperSine/how-does-navicat-encrypt-password).
export const NAVICAT_KEY = 'libcckeylibcckey';
export const NAVICAT_IV = 'libcciv libcciv ';
const PRINTABLE = /^[\x20-\x7e]{1,256}$/;

/**
 * A password saved by Navicat 12+ (`Password="…"` in a .ncx connection export, or the registry):
 * upper-case hex of whole AES blocks that decrypt, with the published key, to printable text with
 * valid padding. Random hex passes that by chance about once in 2^40 tries.
 */
export function navicatPassword(secret: string): boolean {
  if (!/^(?:[0-9A-F]{32}){1,16}$/.test(secret)) return false;
  const { createDecipheriv } = nodeCrypto();
  try {
    const decipher = createDecipheriv('aes-128-cbc', Buffer.from(NAVICAT_KEY), Buffer.from(NAVICAT_IV));
    const plain = Buffer.concat([decipher.update(Buffer.from(secret, 'hex')), decipher.final()]);
    return PRINTABLE.test(plain.toString('latin1'));
  } catch {
    return false;
  }
}
