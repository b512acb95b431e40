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
 *
 * mRemoteNG can encrypt a whole `confCons.xml` (Options > Security, "Encrypt complete connection
 * file"): the root element keeps its attributes and its content becomes one base64 value, AES-GCM
 * under a key PBKDF2 derives from the master password with the root's KdfIterations (see
 * mremotengGcm). Unless the user set a master password it is mRemoteNG's built-in `mR3m`, so the
 * file opens; what it holds is the `<Node>` elements, their passwords encrypted the same way.
 * GCM is a stream cipher: plaintext byte `p` is ciphertext byte `32 + p` (after the salt and the
 * nonce), which base64 spells from character `(32 + p) * 4 / 3` of the value on.
 */
import { nodeCrypto } from '../node-crypto.js';
import {
  MREMOTENG_DEFAULT_PASSWORD,
  MREMOTENG_GCM_HEADER,
  mremotengGcm,
  mremotengKdfIterations,
} from './validators/client-stores.js';

export interface OpenedStore {
  /** Names the layer in a finding's `decodedFrom`. */
  kind: string;
  /** File offset of plaintext byte 0. */
  offset: number;
  /** The plaintext, UTF-8 bytes as a latin1 string (the engine's text representation). */
  text: string;
  /**
   * The file offset of the bytes that encrypt text offset `p`, where that is not `offset + p`
   * (a base64 value spells three bytes in four characters).
   */
  place?: (p: number) => number;
}

/** DBeaver's `DefaultSecureStorage.LOCAL_KEY_CACHE`, as hex: public, the same in every copy. */
export const DBEAVER_CREDENTIALS_KEY = 'babb4a9f774ab853c96c2d653dfe544a'; // tokguard:allow
const DBEAVER_FILE = 'credentials-config.json';
const AES_BLOCK = 16;
/** A project with thousands of connections stays far below this. */
const MAX_STORE_BYTES = 1 << 20;
/** A root element with its attributes and the smallest GCM value. */
const MIN_MREMOTENG_BYTES = 128;
/** Where an mRemoteNG file's root element must start: after the XML declaration and little more. */
const MREMOTENG_HEAD_BYTES = 4096;

function baseName(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** An XML file that could be an mRemoteNG connection file (any name: exports and backups vary). */
function mayBeMremotengFile(path: string | undefined, size: number): boolean {
  return path !== undefined && /\.xml$/i.test(path) && size >= MIN_MREMOTENG_BYTES && size <= MAX_STORE_BYTES;
}

/**
 * Whether a file of this name and size is a binary store the engine would try to open. Sources
 * keep such a file's bytes as they are, even when it looks binary: the ciphertext must reach the
 * engine whole.
 */
export function mayBeEncryptedStore(path: string | undefined, size: number): boolean {
  return baseName(path) === DBEAVER_FILE && size >= 2 * AES_BLOCK && size % AES_BLOCK === 0 && size <= MAX_STORE_BYTES;
}

/** Whether the engine should try to open a file of this name and size (binary store or text). */
export function mayOpenStore(path: string | undefined, size: number): boolean {
  return mayBeEncryptedStore(path, size) || mayBeMremotengFile(path, size);
}

/** Text that a person or a JSON writer produced: printable UTF-8, tabs and line breaks, nothing else. */
function printableText(plain: Buffer): boolean {
  const text = plain.toString('utf8');
  return text.length > 0 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text);
}

/**
 * Opens a DBeaver credentials file or a whole-file encrypted mRemoteNG connection file (bytes as
 * a latin1 string). Undefined unless it decrypts to what that tool writes.
 */
export function openEncryptedStore(raw: string, path: string | undefined): OpenedStore | undefined {
  if (baseName(path) === DBEAVER_FILE) return openDbeaverCredentials(raw, path);
  return mayBeMremotengFile(path, raw.length) ? openMremotengFile(raw) : undefined;
}

/**
 * A DBeaver credentials file: undefined unless it decrypts with valid padding to printable text
 * that parses as a JSON object. Random bytes do that about once in 2^60 tries, so a wrong guess
 * is never scanned as text.
 */
function openDbeaverCredentials(raw: string, path: string | undefined): OpenedStore | undefined {
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

/**
 * An mRemoteNG connection file whose root says `FullFileEncryption="true"` (AES in GCM mode, the
 * only cipher Node has of the ones mRemoteNG offers). The opened text is the root's start tag
 * (so a password's validator reads the file's KdfIterations from it, as from the file itself)
 * followed by the decrypted content, which must be printable and hold `<Node` elements: GCM's
 * tag already makes a wrong key fail for certain.
 */
function openMremotengFile(raw: string): OpenedStore | undefined {
  const head = raw.slice(0, MREMOTENG_HEAD_BYTES);
  // Most XML files are not mRemoteNG's: one substring search turns them away.
  if (!head.includes('FullFileEncryption=')) return undefined;
  const root = /<(?:mrng:)?Connections\s[^<>]*\bFullFileEncryption="true"[^<>]*>/i.exec(head);
  if (!root || !/\bBlockCipherMode="GCM"/i.test(root[0]) || /\bEncryptionEngine="(?!AES")/i.test(root[0]))
    return undefined;
  const tag = root[0];
  const bodyStart = root.index + tag.length;
  const bodyEnd = raw.indexOf('<', bodyStart);
  if (bodyEnd < 0) return undefined;
  const body = raw.slice(bodyStart, bodyEnd);
  const lead = body.length - body.trimStart().length;
  const value = body.trim();
  // One line as mRemoteNG writes it; wrapped by hand, places are off by the line breaks.
  if (value.length === 0 || !/^[A-Za-z0-9+/\s]+={0,2}$/.test(value)) return undefined;
  const bytes = Buffer.from(value.replace(/\s+/g, ''), 'base64');
  const plain = mremotengGcm(bytes, MREMOTENG_DEFAULT_PASSWORD, mremotengKdfIterations(tag));
  if (!plain || !printableText(plain) || !plain.includes('<Node')) return undefined;
  const valueStart = bodyStart + lead;
  const last = valueStart + value.length - 1;
  return {
    kind: 'mremoteng-full-file',
    offset: root.index,
    text: tag + plain.toString('latin1'),
    place: (p) =>
      p < tag.length
        ? root.index + p
        : Math.min(last, valueStart + Math.floor(((MREMOTENG_GCM_HEADER + p - tag.length) * 4) / 3)),
  };
}
