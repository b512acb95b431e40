import { opensshEncryptedPrivateKey, opensshPrivateKey } from './openssh-key.js';
import { pemEncryptedPrivateKey, pemLegacyEncrypted, pemPrivateKey } from './pem-private-key.js';

/**
 * A PEM private key that was base64-encoded once more, as Kubernetes Secrets (`tls.key`,
 * `ssh-privatekey`), kubeconfig `client-key-data`, Helm values and CI variables hold it. The
 * outer base64 always starts `LS0tLS1CRUdJTi` ("-----BEGIN"); the decoded text must pass one of
 * the PEM private key checks. Unencrypted and passphrase-protected keys are told apart so rules
 * can rate them differently.
 */
function decodeOuter(secret: string): string | undefined {
  const s = secret.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s) || s.length % 4 === 1) return undefined;
  const text = Buffer.from(s, 'base64').toString('latin1');
  return text.startsWith('-----BEGIN ') ? text : undefined;
}

/** A piece of the value: a run of base64 once escapes (`\n`) are taken out, so their letter is not read as data. */
const PIECE = /[A-Za-z0-9+/]+={0,2}/g;
/** Joins that are not key data may close the match (the next line's first word): how many to try without. */
const MAX_DROPPED = 3;

/**
 * What the value may have been before it was written in pieces (string literals joined by
 * concatenation, base64 wrapped at a fixed width): the pieces joined, then without the last one,
 * two or three, for a wrapped value whose match took in the first word of the line after it.
 * The `+` of a concatenation stands alone between quotes, so it is syntax, not a piece.
 */
function joinings(secret: string): string[] {
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return [secret];
  // The value opens inside a string, so its quotes pair up as a closing and an opening one, the
  // concatenation between them.
  const pieces =
    secret
      .replace(/\\[rn]/g, ' ')
      .replace(/["'`][^"'`]*["'`]/g, ' ')
      .match(PIECE) ?? [];
  const out: string[] = [];
  for (let n = pieces.length; n > 0 && n >= pieces.length - MAX_DROPPED; n--) out.push(pieces.slice(0, n).join(''));
  return out;
}

/** The first joining that decodes to a PEM block and passes `accept`, as that block's text. */
function decodedBlock(secret: string, accept: (text: string) => boolean): string | undefined {
  for (const joined of joinings(secret)) {
    const text = decodeOuter(joined);
    if (text !== undefined && accept(text)) return text;
  }
  return undefined;
}

export function base64PemPrivateKey(secret: string): boolean {
  return decodedBlock(secret, isPlainKey) !== undefined;
}

export function base64PemEncryptedPrivateKey(secret: string): boolean {
  return decodedBlock(secret, isEncryptedKey) !== undefined;
}

function isPlainKey(text: string): boolean {
  return pemPrivateKey(text) || opensshPrivateKey(text);
}

function isEncryptedKey(text: string): boolean {
  return pemEncryptedPrivateKey(text) || pemLegacyEncrypted(text) || opensshEncryptedPrivateKey(text);
}

const LABELLED =
  /^-----BEGIN ((?:[A-Z0-9]{1,20} ){0,6})PRIVATE KEY-----([\s\S]{0,65536}?)-----END (?:[A-Z0-9]{1,20} ){0,6}PRIVATE KEY-----/;
/** Base64 characters an inner body needs before it is a key cut short rather than a placeholder. */
const MIN_INNER = 256;

/**
 * A base64-encoded PEM block labelled as a private key whose inner body the structural checks
 * reject: docs and rule examples shorten or hand-edit keys, and the block still tells a reader
 * that a real key sat there. Only a long, nearly all-base64 body of varied characters counts, so
 * `MIIE...` placeholders and repeated filler stay out; keys the checks verify are left to the
 * verified rules so one block is reported once.
 */
export function base64PemPrivateKeyUnverified(secret: string): boolean {
  for (const joined of joinings(secret)) {
    const text = decodeOuter(joined);
    if (text === undefined) continue;
    if (isPlainKey(text) || isEncryptedKey(text)) return false;
    if (unverifiedBlock(text, joined.length)) return true;
  }
  return false;
}

/** A damaged armor line: the label cut or overwritten after `PRIVATE` (`-----BEGIN PRIVATE CCqG…`). */
const DAMAGED_LABEL = /^-----BEGIN (?:[A-Z0-9]{1,20} ){0,6}PRIVATE[ -]/;
/** Base64 characters the outer value needs before a block without a whole label counts. */
const MIN_DAMAGED_OUTER = 256;

function unverifiedBlock(text: string, outerLength: number): boolean {
  const m = LABELLED.exec(text);
  if (!m) {
    // No whole armor (the text was edited or cut after encoding): the opening line alone says a
    // private key was serialized here, and a long value says it was not a placeholder.
    return DAMAGED_LABEL.test(text) && !/ENCRYPTED|\.\.\./.test(text) && outerLength >= MIN_DAMAGED_OUTER;
  }
  if (/ENCRYPTED/.test(m[1]!) || /Proc-Type:/i.test(m[2]!)) return false;
  const body = m[2]!.replace(/\s+/g, '');
  const base64Chars = body.replace(/[^A-Za-z0-9+/=]/g, '').length;
  return base64Chars >= MIN_INNER && base64Chars * 20 >= body.length * 19 && new Set(body).size >= 40;
}
