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
  return text !== undefined && (pemPrivateKey(text) || opensshPrivateKey(text));
}

export function base64PemEncryptedPrivateKey(secret: string): boolean {
  const text = decodeOuter(secret);
  return (
    text !== undefined && (pemEncryptedPrivateKey(text) || pemLegacyEncrypted(text) || opensshEncryptedPrivateKey(text))
  );
}
