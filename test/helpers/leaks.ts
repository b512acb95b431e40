/**
 * Whether output gives a secret away: any run of `width` characters of a planted secret (or of
 * the encoded text a file held it in: base64, percent-encoded, escaped) that occurs in the output. Eight
 * characters is more than a redacted prefix shows (at most six) and, for random keys, too long
 * to occur by chance in hashes, line numbers or prose.
 */
export function leakedSlices(output: string, secrets: readonly string[], width = 8): string[] {
  const found = new Set<string>();
  for (const secret of secrets) {
    for (let i = 0; i + width <= secret.length; i++) {
      const slice = secret.slice(i, i + width);
      if (output.includes(slice)) found.add(slice);
    }
  }
  return [...found];
}

/** Every byte as `%XX`, as a URL-encoded form or a proxy URL may hold a password. */
export function percentEncode(s: string): string {
  return [...Buffer.from(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Every byte as a `\xNN` escape, as a JSON or JavaScript string may hold it. */
export function hexEscape(s: string): string {
  return [...Buffer.from(s)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
}
