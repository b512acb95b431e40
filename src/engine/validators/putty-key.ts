import { nodeCrypto } from '../../node-crypto.js';
import { base64RunsOf, commonSuffix, HEADER_END, prefixPattern, unescapeBase64 } from '../pem-layout.js';
import type { ValidatorContext } from './index.js';
import { WireReader, decodeBase64Strict, wireString } from './ssh-wire.js';

/**
 * PuTTY `.ppk` private key files, formats 2 and 3 (PuTTY manual, appendix C): a text file with
 * `PuTTY-User-Key-File-<v>: <algorithm>`, `Encryption:`, `Comment:`, `Public-Lines: n` and n
 * lines of base64, (v3, encrypted) Argon2 headers, `Private-Lines: m` and m lines, and
 * `Private-MAC:`. The MAC covers algorithm, encryption, comment and both blobs. For an
 * unencrypted file its key needs no passphrase (v2: SHA-1 of a fixed string; v3: empty), so the
 * MAC can be checked here, which no placeholder or hand-edited file passes.
 */
export interface PuttyKey {
  version: 2 | 3;
  algorithm: string;
  encryption: string;
  comment: string;
  headers: Map<string, string>;
  publicBlob: Buffer;
  privateBlob: Buffer;
  mac: string;
}

function readBlock(lines: string[], at: number, count: number): Buffer | undefined {
  if (count < 1 || count > 400 || at + count > lines.length) return undefined;
  return decodeBase64Strict(lines.slice(at, at + count).join(''));
}

/**
 * A `.ppk` file's lines, as the file has them or, when `lead` is given, read through what
 * decorates every line of a pasted one: the prefix its first line wears (`lead`, the text
 * before `PuTTY-User-Key-File-` on its line: a log's timestamp, a comment leader, `echo "`), an
 * ending every line shares (`" >> key.ppk`), string quoting and concatenation.
 */
export function parsePuttyKey(secret: string, lead?: string): PuttyKey | undefined {
  // Line breaks written as escapes: `\n` in most languages, `` `n `` in PowerShell.
  const text = /\r|\n/.test(secret) ? secret : secret.replace(/\\r\\n|\\n|`r`n|`n/g, '\n');
  // Indentation, also as a string's `\t` escape (a key in JSON with `\n\t` between its lines).
  const plain = parsePuttyLines(text.split(/\r\n|\r|\n/).map((l) => l.replace(/^(?:\s|\\t)+/, '')));
  const joined = text === secret && !/\r|\n/.test(secret) ? parsePuttyLines(spaceJoinedLines(secret)) : undefined;
  return plain ?? joined ?? (lead === undefined ? undefined : parsePuttyLines(decoratedLines(secret, lead)));
}

/** A header that starts a line of a `.ppk` file, after the first. */
const LATER_HEADER =
  / (?=(?:Encryption|Comment|Public-Lines|Private-Lines|Private-MAC|Key-Derivation|Argon2-[A-Za-z]+): )/g;

/**
 * The lines of a `.ppk` file whose line breaks became spaces (kept in a CI variable or an `.env`
 * value): a line starts at each header name, and the base64 lines after `Public-Lines: n` and
 * `Private-Lines: m` are the words that follow the count.
 */
function spaceJoinedLines(secret: string): string[] {
  return secret.split(LATER_HEADER).flatMap((line) => {
    const counted = /^((?:Public|Private)-Lines: \d{1,3}) (.*)$/.exec(line.trim());
    return counted ? [counted[1]!, ...counted[2]!.split(/\s+/).filter(Boolean)] : [line.trim()];
  });
}

/** The header names of a `.ppk` file (PuTTY's Appendix C). */
const PPK_HEADER =
  /^[^A-Za-z]*?(PuTTY-User-Key-File-[23]|Encryption|Comment|Public-Lines|Private-Lines|Private-MAC|Key-Derivation|Argon2-[A-Za-z]+): ?(.*)$/;

function decoratedLines(secret: string, lead: string): string[] {
  const lines = unescapeBase64(secret)
    .replace(/\\+r\\+n|\\+n|`r`n|`n/g, '\n')
    .split(/\r\n|\r|\n/);
  const prefix = prefixPattern(lead);
  const bare = prefix ? lines.map((l) => l.replace(prefix, '')) : lines;
  // The match ends at the MAC's last digit: the last line has not its ending.
  const suffix = commonSuffix(bare.slice(0, -1));
  const out: string[] = [];
  for (const line of bare) {
    const l = suffix !== '' && line.endsWith(suffix) ? line.slice(0, -suffix.length) : line;
    const header = PPK_HEADER.exec(l);
    if (header) {
      out.push(`${header[1]}: ${header[2]!.replace(HEADER_END, '')}`);
      continue;
    }
    // A body line is the longest base64 run on its line; lines of syntax alone (`" +`) drop out.
    const runs = base64RunsOf(l);
    if (runs.length > 0) out.push(runs.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return out;
}

function parsePuttyLines(lines: string[]): PuttyKey | undefined {
  const first = /^PuTTY-User-Key-File-([23]): ([\x21-\x7e]{1,64})$/.exec(lines[0] ?? '');
  if (!first) return undefined;
  const headers = new Map<string, string>();
  let publicBlob: Buffer | undefined;
  let privateBlob: Buffer | undefined;
  let mac: string | undefined;
  for (let i = 1; i < lines.length && mac === undefined; i++) {
    const h = /^([A-Za-z0-9-]{1,40}): ?(.*)$/.exec(lines[i]!);
    if (!h) return undefined;
    const [, name, value] = h as unknown as [string, string, string];
    if (name === 'Public-Lines' || name === 'Private-Lines') {
      if (!/^\d{1,3}$/.test(value)) return undefined;
      const n = Number(value);
      const blob = readBlock(lines, i + 1, n);
      if (!blob) return undefined;
      if (name === 'Public-Lines') publicBlob = blob;
      else privateBlob = blob;
      i += n;
    } else if (name === 'Private-MAC') {
      mac = value.trim().toLowerCase();
    } else {
      headers.set(name, value);
    }
  }
  const encryption = headers.get('Encryption');
  const comment = headers.get('Comment');
  if (!publicBlob || !privateBlob || mac === undefined || encryption === undefined || comment === undefined)
    return undefined;
  const version = first[1] === '2' ? 2 : 3;
  if (!/^[0-9a-f]+$/.test(mac) || mac.length !== (version === 2 ? 40 : 64)) return undefined;
  // The public blob is an SSH wire public key whose type is the header's algorithm.
  if (new WireReader(publicBlob).name(64) !== first[2]) return undefined;
  return { version, algorithm: first[2]!, encryption, comment, headers, publicBlob, privateBlob, mac };
}

/** The Private-MAC a PPK file should carry, given its MAC key. */
export function puttyMac(k: Omit<PuttyKey, 'mac' | 'headers'>, macKey: Buffer): string {
  const data = Buffer.concat([
    wireString(k.algorithm),
    wireString(k.encryption),
    wireString(Buffer.from(k.comment, 'utf8')),
    wireString(k.publicBlob),
    wireString(k.privateBlob),
  ]);
  return nodeCrypto()
    .createHmac(k.version === 2 ? 'sha1' : 'sha256', macKey)
    .update(data)
    .digest('hex');
}

/** MAC key of an unencrypted file (empty passphrase). */
export function puttyUnencryptedMacKey(version: 2 | 3): Buffer {
  return version === 2
    ? nodeCrypto().createHash('sha1').update('putty-private-key-file-mac-key').digest()
    : Buffer.alloc(0);
}

/** An unencrypted `.ppk` file whose Private-MAC verifies. */
export function puttyPrivateKey(secret: string, context?: ValidatorContext): boolean {
  const k = parsePuttyKey(secret, context?.lead);
  if (!k || k.encryption !== 'none') return false;
  const expected = Buffer.from(puttyMac(k, puttyUnencryptedMacKey(k.version)), 'hex');
  return nodeCrypto().timingSafeEqual(expected, Buffer.from(k.mac, 'hex'));
}

/**
 * A passphrase-protected `.ppk` file: `aes256-cbc`, a private blob of whole AES blocks and, in
 * format 3, the Argon2 key-derivation headers with a hex salt.
 */
export function puttyEncryptedPrivateKey(secret: string, context?: ValidatorContext): boolean {
  const k = parsePuttyKey(secret, context?.lead);
  if (!k || k.encryption !== 'aes256-cbc' || k.privateBlob.length % 16 !== 0) return false;
  if (k.version === 2) return true;
  return (
    /^Argon2(id|i|d)$/.test(k.headers.get('Key-Derivation') ?? '') &&
    /^[0-9a-fA-F]{16,128}$/.test(k.headers.get('Argon2-Salt') ?? '') &&
    /^\d{1,10}$/.test(k.headers.get('Argon2-Memory') ?? '') &&
    /^\d{1,10}$/.test(k.headers.get('Argon2-Passes') ?? '')
  );
}
