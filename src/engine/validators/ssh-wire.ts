/**
 * A reader for the SSH wire encoding (RFC 4251 §5: uint32, string) that several key file
 * formats reuse (OpenSSH, PuTTY, ssh.com). Every read is bounds-checked and returns undefined
 * instead of throwing, so validators can walk untrusted bytes cheaply.
 */
export class WireReader {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  uint32(): number | undefined {
    if (this.remaining < 4) return undefined;
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  bytes(n: number): Buffer | undefined {
    if (n < 0 || this.remaining < n) return undefined;
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  string(): Buffer | undefined {
    const n = this.uint32();
    return n === undefined ? undefined : this.bytes(n);
  }

  /** A string that must be short printable ASCII (an algorithm or cipher name). */
  name(max = 128): string | undefined {
    const s = this.string();
    if (!s || s.length === 0 || s.length > max) return undefined;
    for (const b of s) if (b < 0x21 || b > 0x7e) return undefined;
    return s.toString('latin1');
  }
}

/** SSH wire encoding writers, for tests and fixture generators. */
export function wireUint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export function wireString(s: Buffer | string): Buffer {
  const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : s;
  return Buffer.concat([wireUint32(b.length), b]);
}

/** Strict standard base64 (padding optional), or undefined. */
export function decodeBase64Strict(s: string): Buffer | undefined {
  if (s.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return undefined;
  const unpadded = s.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return undefined;
  if (s.includes('=') && s.length % 4 !== 0) return undefined;
  return Buffer.from(s, 'base64');
}
