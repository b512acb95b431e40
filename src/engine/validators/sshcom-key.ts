import { WireReader, decodeBase64Strict } from './ssh-wire.js';

/**
 * ssh.com / Tectia private keys (also written by PuTTYgen's "export ssh.com key"):
 *
 *   ---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----
 *   Comment: "..."          (RFC 4716-style headers; a trailing `\` continues a line)
 *   base64
 *   ---- END SSH2 ENCRYPTED PRIVATE KEY ----
 *
 * Despite the label the key may be unencrypted. The decoded blob starts with the magic
 * 0x3f6ff9eb and a total length, then the key type (`if-modn{sign{rsa…` or `dl-modp{sign{dsa…`),
 * the cipher (`none` or `3des-cbc`) and the key data.
 */
const MAGIC = 0x3f6ff9eb;

export function sshcomPrivateKey(secret: string): boolean {
  const m = /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----([\s\S]*?)---- END SSH2 ENCRYPTED PRIVATE KEY ----/.exec(secret);
  if (!m) return false;
  let body = '';
  let continued = false;
  for (const raw of m[1]!
    .replace(/\\r/g, '')
    .replace(/\\n/g, '\n')
    .split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (continued) {
      continued = line.endsWith('\\');
      continue;
    }
    if (line === '') continue;
    if (/^[A-Za-z][A-Za-z0-9-]{0,63}:/.test(line)) {
      continued = line.endsWith('\\');
      continue;
    }
    body += line;
  }
  const buf = decodeBase64Strict(body);
  if (!buf || buf.length < 32) return false;
  const r = new WireReader(buf);
  if (r.uint32() !== MAGIC) return false;
  const total = r.uint32();
  if (total === undefined || total > buf.length || total < 24) return false;
  const type = r.name(256);
  if (!type || !/^(if-modn|dl-modp|ec-modp|ssh-)/.test(type)) return false;
  const cipher = r.name(64);
  if (cipher === undefined) return false;
  const data = r.string();
  return data !== undefined && data.length >= 16 && (cipher === 'none' || data.length % 8 === 0);
}
