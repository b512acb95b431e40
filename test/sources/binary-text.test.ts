import { describe, expect, it } from 'vitest';
import { BINARY_TEXT_BUDGET, binaryText, MIN_PRINTABLE_RUN } from '../../src/sources/chunk.js';

/**
 * The text runs of a binary file, written the plain way: a buffer of carriage returns, each
 * long enough run copied in, line feeds of short runs kept.
 */
function plainBinaryText(data: Uint8Array): Buffer | undefined {
  const isText = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13;
  const seqLength = (at: number): number => {
    const b = data[at]!;
    if (isText(b)) return 1;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || at + len > data.length) return 0;
    for (let k = 1; k < len; k++) if ((data[at + k]! & 0xc0) !== 0x80) return 0;
    return len;
  };
  const out = Buffer.alloc(data.length, 13);
  let kept = 0;
  let i = 0;
  while (i < data.length && kept < BINARY_TEXT_BUDGET) {
    let end = i;
    for (let len; end < data.length && (len = seqLength(end)) > 0;) end += len;
    if (end - i >= MIN_PRINTABLE_RUN) {
      out.set(data.subarray(i, end), i);
      kept += end - i;
    } else for (let k = i; k < end; k++) if (data[k] === 10) out[k] = 10;
    i = end === i ? i + 1 : end;
  }
  if (kept === 0) return undefined;
  return out.subarray(0, i);
}

describe('binaryText', () => {
  let seed = 5;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  /** Binary-looking bytes: NULs, runs of text of every length, line feeds, UTF-8 whole and broken. */
  const sample = (length: number): Buffer => {
    const parts: Buffer[] = [];
    let size = 0;
    while (size < length) {
      const pick = rand();
      const part =
        pick < 0.3
          ? Buffer.alloc(1 + Math.floor(rand() * 4))
          : pick < 0.6
            ? Buffer.from('token=abc\ndef'.slice(0, 1 + Math.floor(rand() * 13)))
            : pick < 0.75
              ? Buffer.from('é€😀', 'utf8').subarray(0, 1 + Math.floor(rand() * 9))
              : Buffer.from(Array.from({ length: 1 + Math.floor(rand() * 20) }, () => Math.floor(rand() * 256)));
      parts.push(part);
      size += part.length;
    }
    return Buffer.concat(parts);
  };

  it('keeps what the plain version keeps, copying or in place', () => {
    for (let t = 0; t < 300; t++) {
      const data = sample(1 + Math.floor(rand() * 600));
      const expected = plainBinaryText(data);
      const copied = binaryText(data);
      expect(copied && [...copied]).toEqual(expected && [...expected]);
      const own = Buffer.from(data);
      const inPlace = binaryText(own, true);
      expect(inPlace && [...inPlace]).toEqual(expected && [...expected]);
      if (inPlace) expect(inPlace.buffer).toBe(own.buffer);
    }
  });

  it('stops after its budget of text, as the plain version does', () => {
    const data = Buffer.concat(Array.from({ length: 3 * (BINARY_TEXT_BUDGET >> 10) }, () => sample(1024)));
    const expected = plainBinaryText(data)!;
    expect(expected.length).toBeLessThan(data.length);
    expect(binaryText(data)!.equals(expected)).toBe(true);
    expect(binaryText(Buffer.from(data), true)!.equals(expected)).toBe(true);
  });
});
