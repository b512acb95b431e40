import { readArmorLines } from '../pem-layout.js';
import { decodeBase64Strict } from './ssh-wire.js';

/**
 * ASCII-armored OpenPGP private keys (RFC 4880 §6; RFC 9580 §6.2):
 *
 *   -----BEGIN PGP PRIVATE KEY BLOCK-----
 *   Comment: optional armor headers
 *   (blank line)
 *   base64 body lines
 *   =XXXX            CRC-24 of the decoded body, base64 (optional since RFC 9580)
 *   -----END PGP PRIVATE KEY BLOCK-----
 *
 * The check verifies the CRC-24 when present and that the body starts with a Secret-Key packet
 * (tag 5) of a known version, so placeholders and truncated blocks are rejected.
 */
export function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** Armors `body` as a private key block with its CRC-24; for tests and fixture generators. */
export function armorPgpPrivateKey(body: Uint8Array, headers: string[] = []): string {
  const b64 = Buffer.from(body).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  const crc = Buffer.alloc(3);
  crc.writeUIntBE(crc24(body), 0, 3);
  return [
    '-----BEGIN PGP PRIVATE KEY BLOCK-----',
    ...headers,
    '',
    ...lines,
    `=${crc.toString('base64')}`,
    '-----END PGP PRIVATE KEY BLOCK-----',
    '',
  ].join('\n');
}

const PUBLIC_KEY_ALGORITHMS = new Set([1, 2, 3, 16, 17, 18, 19, 20, 22, 25, 26, 27, 28]);

/**
 * Whether `body` starts with a plausible Secret-Key packet (tag 5): whole, or with `open` only
 * its header and first fields (a block cut before its end).
 */
export function startsWithSecretKeyPacket(body: Buffer, open = false): boolean {
  const b = body[0];
  if (b === undefined || (b & 0x80) === 0) return false;
  let tag: number;
  let off: number;
  let len: number;
  if (b & 0x40) {
    tag = b & 0x3f;
    const l0 = body[1];
    if (l0 === undefined) return false;
    if (l0 < 192) [len, off] = [l0, 2];
    else if (l0 < 224) [len, off] = [((l0 - 192) << 8) + (body[2] ?? 0) + 192, 3];
    else if (l0 === 255) [len, off] = [body.length >= 6 ? body.readUInt32BE(2) : 0, 6];
    else return false; // partial body lengths are not allowed for key packets
  } else {
    tag = (b >> 2) & 0x0f;
    const type = b & 0x03;
    if (type === 0) [len, off] = [body[1] ?? 0, 2];
    else if (type === 1) [len, off] = [body.length >= 3 ? body.readUInt16BE(1) : 0, 3];
    else if (type === 2) [len, off] = [body.length >= 5 ? body.readUInt32BE(1) : 0, 5];
    else return false;
  }
  if (tag !== 5 || len < 20 || (!open && off + len > body.length)) return false;
  const version = body[off]!;
  if (version === 3) return PUBLIC_KEY_ALGORITHMS.has(body[off + 7]!);
  if (version === 4 || version === 5 || version === 6) return PUBLIC_KEY_ALGORITHMS.has(body[off + 5]!);
  return false;
}

/**
 * The block's body and checksum, read line by line through whatever decorates the lines (comment
 * markers, quotes, log prefixes, possibly differing from line to line: see `readArmorLines`).
 */
export function pgpPrivateKey(secret: string): boolean {
  const m = /-----BEGIN PGP (PRIVATE|SECRET) KEY BLOCK-----([\s\S]*?)-----END PGP \1 KEY BLOCK-----/.exec(secret);
  const armor = m ? readArmorLines(m[2]!) : undefined;
  if (!armor) return false;
  const decoded = decodeBase64Strict(armor.lines.join(''));
  if (!decoded || decoded.length < 64) return false;
  if (armor.checksum !== undefined && Buffer.from(armor.checksum, 'base64').readUIntBE(0, 3) !== crc24(decoded))
    return false;
  return startsWithSecretKeyPacket(decoded);
}
