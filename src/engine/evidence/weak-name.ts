/**
 * A generated-looking value under a name whose only credential word is a weak one: a bare `key`,
 * `auth`, `api`, `nonce`, `seed` or `otp` (`key = "Xk4m…"`, `this.auth = '…'`, `nonce: Zq8v…`).
 * Such names hold map keys, auth modes, API names and request nonces as often as credentials, so
 * the name gives little: the value must look generated (as an unnamed one must), and the file
 * must be one whose values are used, not a test, an example or the docs. Reported at low
 * confidence (medium in a credentials file); a name that says what else the value is (a cache or
 * public key, an id, a version) leaves it alone.
 */
import type { Assessment } from '../types.js';
import type { FileKind } from './file-kind.js';
import { identifierWords, NOT_CREDENTIAL_KEY, NOT_SECRET_WORD } from './name-vocabulary.js';
import { generatedValue } from './unnamed.js';

export interface WeakNameFacts {
  name: string;
  value: string;
  fileKind: FileKind;
}

// The weak credential words a name may end in, and what they are when they are credentials: a
// key, an auth string or API secret, a one-time nonce or seed that signs or derives one.
export const WEAK_CREDENTIAL_WORD = /^(?:key|auth|api|nonce|seed|otp|totp|hotp)$/;

const CONFIDENCE: Partial<Record<FileKind, Assessment>> = {
  credentials: { confidence: 'medium' },
  config: { confidence: 'low' },
  source: { confidence: 'low' },
  fixture: { confidence: 'low' },
  unknown: { confidence: 'low' },
};

/** The confidence for a generated-looking value under a weak credential name, or undefined. */
export function assessWeakNameValue(f: WeakNameFacts): Assessment | undefined {
  const assessment = CONFIDENCE[f.fileKind];
  if (!assessment) return undefined;
  const words = identifierWords(f.name);
  const last = words.at(-1);
  if (last === undefined || !WEAK_CREDENTIAL_WORD.test(last) || words.length > 3) return undefined;
  const qualifiers = words.slice(0, -1);
  if (qualifiers.some((w) => NOT_SECRET_WORD.test(w) || NOT_CREDENTIAL_KEY.has(w))) return undefined;
  return generatedValue(f.value) ? assessment : undefined;
}
