/**
 * A Cloudflare Tunnel token (what `cloudflared tunnel run --token` takes) is base64 of a JSON
 * object holding the account tag `a` (32 hex), the tunnel id `t` (a UUID) and the tunnel secret
 * `s` (base64 of at least 32 random bytes); cloudflare/cloudflared, connection.TunnelToken.
 */
export function cloudflareTunnelToken(secret: string): boolean {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(secret)) return false;
  const json = Buffer.from(secret, 'base64').toString('utf8');
  if (!json.startsWith('{"a":')) return false;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return false;
  }
  return (
    typeof v.a === 'string' &&
    /^[0-9a-f]{32}$/.test(v.a) &&
    typeof v.t === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v.t) &&
    typeof v.s === 'string' &&
    Buffer.from(v.s, 'base64').length >= 32
  );
}
