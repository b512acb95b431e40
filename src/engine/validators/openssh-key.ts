import { pemReadings } from './pem-private-key.js';
import { WireReader } from './ssh-wire.js';

/**
 * OpenSSH's own private key format (PROTOCOL.key in the OpenSSH sources): inside the
 * `OPENSSH PRIVATE KEY` armor, the bytes start with the magic `openssh-key-v1\0`, then
 * ciphername, kdfname, kdfoptions, the number of keys, that many public keys, and the private
 * section. Unencrypted keys use cipher and KDF `none`, and their private section begins with two
 * equal random "checkint" words, which a random or edited body fails.
 */
const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

interface OpensshKey {
  cipher: string;
  kdf: string;
  kdfOptions: Buffer;
  privateSection: Buffer;
  trailing: number;
}

export function parseOpensshKey(secret: string): OpensshKey | undefined {
  for (const pem of pemReadings(secret)) {
    const key = pem.label === 'OPENSSH PRIVATE KEY' ? parseBody(pem.body) : undefined;
    if (key) return key;
  }
  return undefined;
}

function parseBody(buf: Buffer): OpensshKey | undefined {
  if (buf.length < MAGIC.length + 40 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const r = new WireReader(buf);
  r.pos = MAGIC.length;
  const cipher = r.name(64);
  const kdf = r.name(64);
  const kdfOptions = r.string();
  const n = r.uint32();
  if (cipher === undefined || kdf === undefined || kdfOptions === undefined || n === undefined) return undefined;
  if (n < 1 || n > 64) return undefined;
  for (let i = 0; i < n; i++) {
    const pub = r.string();
    if (!pub) return undefined;
    // Each public key blob starts with its key type name.
    if (new WireReader(pub).name(64) === undefined) return undefined;
  }
  const privateSection = r.string();
  if (!privateSection || privateSection.length < 8) return undefined;
  return { cipher, kdf, kdfOptions, privateSection, trailing: r.remaining };
}

/** An unencrypted OpenSSH private key: cipher/KDF `none` and matching checkints. */
export function opensshPrivateKey(secret: string): boolean {
  const k = parseOpensshKey(secret);
  if (!k || k.cipher !== 'none' || k.kdf !== 'none' || k.kdfOptions.length !== 0 || k.trailing !== 0) return false;
  if (k.privateSection.length % 8 !== 0) return false;
  return k.privateSection.readUInt32BE(0) === k.privateSection.readUInt32BE(4);
}

/**
 * A passphrase-protected OpenSSH private key: a real cipher, the bcrypt KDF with its salt and
 * rounds, and a ciphertext of whole blocks (AEAD ciphers append their tag after it).
 */
export function opensshEncryptedPrivateKey(secret: string): boolean {
  const k = parseOpensshKey(secret);
  if (!k || k.cipher === 'none' || k.kdf !== 'bcrypt') return false;
  const opts = new WireReader(k.kdfOptions);
  const salt = opts.string();
  const rounds = opts.uint32();
  if (!salt || salt.length < 8 || salt.length > 64 || rounds === undefined || rounds < 1 || opts.remaining !== 0)
    return false;
  return k.privateSection.length % 8 === 0 && k.trailing <= 32;
}
