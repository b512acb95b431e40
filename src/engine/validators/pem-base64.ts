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

export function base64PemPrivateKey(secret: string): boolean {
  const text = decodeOuter(secret);
  return text !== undefined && isPlainKey(text);
}

export function base64PemEncryptedPrivateKey(secret: string): boolean {
  const text = decodeOuter(secret);
  return text !== undefined && isEncryptedKey(text);
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
  const text = decodeOuter(secret);
  if (text === undefined) return false;
  const m = LABELLED.exec(text);
  if (!m || /ENCRYPTED/.test(m[1]!) || /Proc-Type:/i.test(m[2]!)) return false;
  if (isPlainKey(text) || isEncryptedKey(text)) return false;
  const body = m[2]!.replace(/\s+/g, '');
  const base64Chars = body.replace(/[^A-Za-z0-9+/=]/g, '').length;
  return base64Chars >= MIN_INNER && base64Chars * 20 >= body.length * 19 && new Set(body).size >= 40;
}
