/**
 * Credential files that a tool encrypts whole under a key every copy of the tool shares, so
 * anyone who reads the file can open it. The engine opens them (locally, nothing leaves the
 * process) and scans what they hold like any other decoded layer.
 *
 * DBeaver keeps the users and passwords of a project's connections in
 * `.dbeaver/credentials-config.json`: AES-128-CBC with PKCS#7 padding, a 16-byte IV first and
 * the ciphertext after it, under a key written in DBeaver's source
 * (plugins/org.jkiss.dbeaver.model/…/DefaultSecureStorage.java, `LOCAL_KEY_CACHE`). What it
 * holds is one line of JSON: `{"<connection id>":{"#connection":{"user":"…","password":"…"}}}`.
 *
 * Positions: in CBC, plaintext byte `p` is the decryption of the ciphertext block holding file
 * byte `16 + p`, so a secret found at `p..q` in the plaintext is reported at file bytes
 * `16 + p .. 16 + q`, the bytes that encrypt it. Lines and columns are those bytes' place in the
 * file as `grep -an` counts them.
 */
import { nodeCrypto } from '../node-crypto.js';

export interface OpenedStore {
  /** Names the layer in a finding's `decodedFrom`. */
  kind: string;
  /** File offset of plaintext byte 0. */
  offset: number;
  /** The plaintext, UTF-8 bytes as a latin1 string (the engine's text representation). */
  text: string;
}

/** DBeaver's `DefaultSecureStorage.LOCAL_KEY_CACHE`, as hex: public, the same in every copy. */
export const DBEAVER_CREDENTIALS_KEY = 'babb4a9f774ab853c96c2d653dfe544a'; // tokguard:allow
const DBEAVER_FILE = 'credentials-config.json';
const AES_BLOCK = 16;
/** A project with thousands of connections stays far below this. */
const MAX_STORE_BYTES = 1 << 20;

function baseName(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Whether a file of this name and size is one the engine would try to open. Sources keep such
 * a file's bytes as they are, even when it looks binary: the ciphertext must reach the engine whole.
 */
export function mayBeEncryptedStore(path: string | undefined, size: number): boolean {
  return baseName(path) === DBEAVER_FILE && size >= 2 * AES_BLOCK && size % AES_BLOCK === 0 && size <= MAX_STORE_BYTES;
}

/** Text that a person or a JSON writer produced: printable UTF-8, tabs and line breaks, nothing else. */
function printableText(plain: Buffer): boolean {
  const text = plain.toString('utf8');
  return text.length > 0 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text);
}

/**
 * Opens a DBeaver credentials file (bytes as a latin1 string). Undefined unless it decrypts with
 * valid padding to printable text that parses as a JSON object: random bytes do that about once
 * in 2^60 tries, so a wrong guess is never scanned as text.
 */
export function openEncryptedStore(raw: string, path: string | undefined): OpenedStore | undefined {
  if (!mayBeEncryptedStore(path, raw.length)) return undefined;
  const bytes = Buffer.from(raw, 'latin1');
  let plain: Buffer;
  try {
    const decipher = nodeCrypto().createDecipheriv(
      'aes-128-cbc',
      Buffer.from(DBEAVER_CREDENTIALS_KEY, 'hex'),
      bytes.subarray(0, AES_BLOCK),
    );
    plain = Buffer.concat([decipher.update(bytes.subarray(AES_BLOCK)), decipher.final()]);
  } catch {
    return undefined; // bad padding: another key (a master password), or not DBeaver's file
  }
  if (!printableText(plain)) return undefined;
  try {
    const parsed: unknown = JSON.parse(plain.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  } catch {
    return undefined;
  }
  return { kind: 'dbeaver-credentials', offset: AES_BLOCK, text: plain.toString('latin1') };
}
