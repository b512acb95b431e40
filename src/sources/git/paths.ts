/**
 * Paths in git output are bytes, usually but not always UTF-8 (a repository made on an old
 * Latin-1 system, for example). Valid UTF-8 is decoded as is; any byte that is not part of a
 * valid sequence is shown as `\xNN` instead of being replaced with U+FFFD, so two different
 * paths never print the same and the reader can still find the file.
 */
const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeGitPath(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    // fall through to the byte-by-byte decoder
  }
  let out = '';
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += strict.decode(bytes.subarray(start, i)) + `\\x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
    i++;
    start = i;
  }
  return out + strict.decode(bytes.subarray(start));
}

function cont(b: number | undefined, lo = 0x80, hi = 0xbf): boolean {
  return b !== undefined && b >= lo && b <= hi;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not valid. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(b[i + 1]) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(b[i + 1], lo, hi) && cont(b[i + 2]) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(b[i + 1], lo, hi) && cont(b[i + 2]) && cont(b[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** Splits NUL-terminated records (git's `-z` output) without decoding them. */
export function splitNul(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (;;) {
    const end = buf.indexOf(0, start);
    if (end < 0) {
      if (start < buf.length) out.push(buf.subarray(start));
      return out;
    }
    out.push(buf.subarray(start, end));
    start = end + 1;
  }
}
