import { basicAuthCredentials } from './basic-auth.js';

/**
 * A Docker registry credentials document, base64-encoded as Kubernetes stores it in
 * `kubernetes.io/dockerconfigjson` (`.dockerconfigjson`: `{"auths": {...}}`) and
 * `kubernetes.io/dockercfg` (`.dockercfg`: the registries at top level) secrets. Passes when a
 * registry entry carries a real `auth` (base64 `user:password`), a `password` or an
 * `identitytoken`.
 */
export function dockerConfigBase64(secret: string): boolean {
  const s = secret.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return false;
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(s, 'base64').toString('utf8'));
  } catch {
    return false;
  }
  if (typeof doc !== 'object' || doc === null) return false;
  const root = doc as Record<string, unknown>;
  const registries =
    typeof root.auths === 'object' && root.auths !== null ? (root.auths as Record<string, unknown>) : root;
  for (const entry of Object.values(registries)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as Record<string, unknown>;
    if (typeof e.auth === 'string' && basicAuthCredentials(e.auth)) return true;
    if (typeof e.password === 'string' && e.password.length >= 4) return true;
    if (typeof e.identitytoken === 'string' && e.identitytoken.length >= 16) return true;
  }
  return false;
}
