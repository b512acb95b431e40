/**
 * The spellings a keyword takes inside base64. A byte string encodes differently depending on
 * its offset within a 3-byte group, so each keyword has three spellings; only the characters
 * whose 6 bits come entirely from the keyword are fixed, and those are what we search for.
 * Adding them to the prefilter lets the engine decode only the base64 runs that can hold a
 * keyword, instead of every run in the file (which measured 5x slower than the whole scan).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Computed character by character from the bits (no buffers, no padding strings): this runs
// for every keyword at every start-up, including the pre-commit hook's.
export function base64Spellings(keyword: string): string[] {
  const n = keyword.length;
  const out: string[] = [];
  for (let a = 0; a < 3; a++) {
    const byte = (i: number): number => (i >= a && i < a + n ? keyword.charCodeAt(i - a) & 0xff : 0);
    // Characters whose six bits lie wholly inside the keyword's bytes.
    const first = Math.ceil((a * 8) / 6);
    const last = Math.floor(((a + n) * 8) / 6) - 1;
    if (last - first + 1 < 4) continue;
    let stable = '';
    for (let j = first; j <= last; j++) {
      const bit = j * 6;
      const idx = bit >> 3;
      const v = ((byte(idx) << 8) | byte(idx + 1)) >> (10 - (bit & 7));
      stable += ALPHABET[v & 63];
    }
    if (!out.includes(stable)) out.push(stable);
    const url = stable.replace(/\+/g, '-').replace(/\//g, '_');
    if (url !== stable && !out.includes(url)) out.push(url);
  }
  return out;
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
