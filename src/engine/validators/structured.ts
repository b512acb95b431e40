function decodeBase64Url(part: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return undefined;
  return Buffer.from(part, 'base64url');
}

function parsesAsJsonObject(buf: Buffer | undefined): boolean {
  if (!buf || buf.length === 0) return false;
  try {
    const v: unknown = JSON.parse(buf.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** A JWT's header and payload are base64url JSON objects, and the header names an algorithm. */
export function jwt(secret: string): boolean {
  const parts = secret.split('.');
  if (parts.length !== 3) return false;
  const header = decodeBase64Url(parts[0]!);
  if (!parsesAsJsonObject(header)) return false;
  const alg = (JSON.parse(header!.toString('utf8')) as Record<string, unknown>).alg;
  if (typeof alg !== 'string') return false;
  return parsesAsJsonObject(decodeBase64Url(parts[1]!));
}

/**
 * A PEM private key block whose body is real base64 of a plausible size. Documentation often
 * shows `-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----`, which this rejects.
 */
export function pem(secret: string): boolean {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(secret);
  if (!m) return false;
  const lines = m[2]!
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  // Encrypted legacy PEM carries RFC 1421 headers ("Proc-Type: ...") before the body.
  const body = lines
    .filter((l) => !/^[A-Za-z-]+:/.test(l))
    .join('')
    .replace(/\\n/g, '');
  if (body.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const decoded = Buffer.from(body, 'base64');
  return decoded.length >= 48;
}
