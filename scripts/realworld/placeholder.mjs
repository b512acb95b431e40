// Whether a labelled line's value is a placeholder: a run of the alphabet or of digits, a run of
// one character, a keyboard row, the example UUID of RFC 4122's successors and of Wikipedia
// (123e4567-e89b-12d3-a456-426614174000), or a word that says it is not real. The corpora
// converted from other scanners' rule examples label such values as leaks (they were written to
// exercise a regex, not to look like a key), and a scanner that reads a value's shape and entropy
// turns them down on purpose. The bench prints recall with and without these labels, so a reader
// can tell a missed form from a placeholder rejected by design; the headline figure counts them.

/** Pieces no provider's random key contains by chance (about 1 in 10^9 per 32-character key). */
const PLACEHOLDER =
  /abcdef|bcdefg|cdefgh|defghi|ijklmn|klmnop|123456|234567|345678|456789|987654|876543|qwerty|asdfgh|zxcvbn|(.)\1{5}|a1b2c3|1a2b3c|ab12cd34|123e4567|426614174|example|sample|your|placeholder|random|dummy|redacted|changeme/i;

/** Runs that could hold a secret: 12 or more key-like characters. */
const TOKEN = /[A-Za-z0-9+/=_.-]{12,}/g;

/** Whether any key-like run of `text` is a placeholder by the definition above. */
export function hasPlaceholderValue(text) {
  for (const token of text.match(TOKEN) ?? []) if (PLACEHOLDER.test(token)) return true;
  return false;
}
