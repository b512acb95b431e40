/**
 * BER (X.690 §8), as the PKCS#12 writers of Bouncy Castle and NSS stream it: DER's TLVs, but a
 * constructed value may have an indefinite length (0x80, its contents closed by two zero bytes)
 * and an OCTET STRING may be constructed (0x24) of segments. DER is BER, so one reader serves
 * both; readTlv (pem-private-key.ts) stays DER's, whose strictness the key checks rely on.
 */

/** A TLV whose contents are `start`..`end`; the TLV itself ends at `next` (past the end-of-contents when indefinite). */
export interface BerTlv {
  tag: number;
  start: number;
  end: number;
  next: number;
}

/** Deeper than any PKCS#12 nests: crafted input cannot make the reader recurse without end. */
const MAX_DEPTH = 32;
const CONSTRUCTED = 0x20;

/** The TLV at `off`, within `limit`; undefined when it does not fit or is not BER. */
export function readBer(buf: Uint8Array, off: number, limit = buf.length, depth = 0): BerTlv | undefined {
  if (off + 2 > limit || depth > MAX_DEPTH) return undefined;
  const tag = buf[off]!;
  // High tag numbers (0x1f) take more octets; PKCS#12 has none, so they are not read.
  if ((tag & 0x1f) === 0x1f) return undefined;
  const first = buf[off + 1]!;
  if (first === 0x80) return (tag & CONSTRUCTED) !== 0 ? readIndefinite(buf, off, limit, depth) : undefined;
  if (first < 0x80) return definite(tag, off + 2, first, limit);
  const n = first & 0x7f;
  if (n > 4 || off + 2 + n > limit) return undefined;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + buf[off + 2 + i]!;
  return definite(tag, off + 2 + n, len, limit);
}

function definite(tag: number, start: number, len: number, limit: number): BerTlv | undefined {
  const end = start + len;
  return end <= limit ? { tag, start, end, next: end } : undefined;
}

/** An indefinite-length value: its children are walked to find the end-of-contents that closes it. */
function readIndefinite(buf: Uint8Array, off: number, limit: number, depth: number): BerTlv | undefined {
  for (let at = off + 2; at + 2 <= limit;) {
    if (buf[at] === 0 && buf[at + 1] === 0) return { tag: buf[off]!, start: off + 2, end: at, next: at + 2 };
    const child = readBer(buf, at, limit, depth + 1);
    if (!child) return undefined;
    at = child.next;
  }
  return undefined;
}

/** The TLVs inside a constructed one, or undefined when they do not tile its contents. */
export function berChildren(buf: Uint8Array, parent: BerTlv): BerTlv[] | undefined {
  const out: BerTlv[] = [];
  for (let at = parent.start; at < parent.end;) {
    const t = readBer(buf, at, parent.end);
    if (!t) return undefined;
    out.push(t);
    at = t.next;
  }
  return out;
}

/** An OCTET STRING's bytes: primitive (0x04), or constructed (0x24) of segments, joined. */
export function berOctets(buf: Buffer, t: BerTlv, depth = 0): Buffer | undefined {
  if (t.tag === 0x04) return buf.subarray(t.start, t.end);
  if (t.tag !== 0x24 || depth > MAX_DEPTH) return undefined;
  const segments = berChildren(buf, t);
  if (!segments) return undefined;
  const parts: Buffer[] = [];
  for (const segment of segments) {
    const bytes = berOctets(buf, segment, depth + 1);
    if (!bytes) return undefined;
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}
