/**
 * HTTP Basic credentials (RFC 7617) as they appear in `Authorization: Basic …` headers and in
 * Docker's `config.json` `auth` field: base64 of `user:password`. The check decodes and requires
 * printable text with a colon and a non-trivial password, and drops the textbook examples.
 */
const PLACEHOLDER_PASSWORDS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'changeme',
  'yourpassword',
  'your_password',
  'mypassword',
  'token',
  'apikey',
  'api_key',
  'x',
  'xxx',
  'xxxx',
  'test',
  '<password>',
  'open sesame', // RFC 7617's own example (Aladdin)
]);

export function decodeBasicCredentials(b64: string): { user: string; password: string } | undefined {
  const s = b64.trim();
  if (s.length < 8 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s) || s.length % 4 === 1) return undefined;
  const text = Buffer.from(s, 'base64').toString('utf8');
  // Re-encoding must give the input back, or the base64 was not canonical (random text).
  if (Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '') !== s.replace(/=+$/, '')) return undefined;
  if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(text)) return undefined;
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

export function basicAuthCredentials(secret: string): boolean {
  const c = decodeBasicCredentials(secret);
  if (!c) return false;
  // Some APIs take the key as the user name and an empty password (`sk_live_…:`).
  const value = c.password.length > 0 ? c.password : c.user;
  if (value.length < 4) return false;
  if (PLACEHOLDER_PASSWORDS.has(value.toLowerCase())) return false;
  if (c.user.toLowerCase() === 'user' && c.password.toLowerCase() === 'pass') return false;
  return !/^(\*+|x+|\.+)$/i.test(value);
}
