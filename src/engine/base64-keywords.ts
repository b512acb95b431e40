/**
 * The spellings a keyword takes inside base64. A byte string encodes differently depending on
 * its offset within a 3-byte group, so each keyword has three spellings; only the characters
 * whose 6 bits come entirely from the keyword are fixed, and those are what we search for.
 * Adding them to the prefilter lets the engine decode only the base64 runs that can hold a
 * keyword, instead of every run in the file (which measured 5x slower than the whole scan).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of `a` zero bytes followed by the keyword; hand-rolled because it runs at start-up. */
function encodeShifted(keyword: string, a: number): string {
  const bytes: number[] = [];
  for (let i = 0; i < a; i++) bytes.push(0);
  for (let i = 0; i < keyword.length; i++) bytes.push(keyword.charCodeAt(i) & 0xff);
  while (bytes.length % 3) bytes.push(0);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[(v >> 18) & 63]! + ALPHABET[(v >> 12) & 63]! + ALPHABET[(v >> 6) & 63]! + ALPHABET[v & 63]!;
  }
  return out;
}

export function base64Spellings(keyword: string): string[] {
  const n = keyword.length;
  const out = new Set<string>();
  for (let a = 0; a < 3; a++) {
    const enc = encodeShifted(keyword, a);
    let first = -1;
    let last = -1;
    for (let j = 0; j * 6 < (a + n) * 8; j++) {
      const bitStart = j * 6;
      const bitEnd = bitStart + 6;
      if (bitStart >= a * 8 && bitEnd <= (a + n) * 8) {
        if (first < 0) first = j;
        last = j;
      }
    }
    if (first < 0) continue;
    const stable = enc.slice(first, last + 1);
    if (stable.length < 4) continue;
    out.add(stable);
    const url = stable.replace(/\+/g, '-').replace(/\//g, '_');
    if (url !== stable) out.add(url);
  }
  return [...out];
}

const B64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') B64[c.charCodeAt(0)] = 1;

/** Bounds of the base64 run that contains byte `at`, with its trailing padding. */
export function base64RunAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && B64[text.charCodeAt(s - 1)] === 1) s--;
  let e = at;
  while (e < text.length && B64[text.charCodeAt(e)] === 1) e++;
  for (let pad = 0; pad < 2 && text.charCodeAt(e) === 61; pad++) e++;
  return [s, e];
}
