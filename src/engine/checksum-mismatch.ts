/**
 * A token whose checksum fails. GitHub, npm, Grafana, Packagist, age and Bitcoin formats end in
 * a checksum of the rest, so a value with the provider's prefix and the documented shape whose
 * checksum does not hold is a test value, a token cut short or edited by hand — or a real one
 * mangled on its way into the file. It cannot be used as written, but a token-shaped string with
 * a live prefix was committed, and other scanners report it: so it is reported, at `low`
 * confidence with the reason, rather than dropped (docs/accuracy.md, "Evidence scoring").
 *
 * What stays dropped: a value without a prefix that names the provider by itself (a WIF key's
 * `5`, a NATS seed's `SUA`: there the checksum is most of the evidence), a value outside the
 * documented shape, and a stand-in typed after the prefix (`ghp_1234567890abcdef…`, filler).
 */
import { shannonEntropy } from './entropy.js';
import { shapeOf } from './evidence/value-shape.js';
import type { TextTest } from './compile.js';
import { CHECKSUM_MISMATCH_REASON, type Assessment } from './types.js';

/** The shortest keyword that names a provider by itself as a value's opening (`ghp_`, `npm_`, `xprv`, `nsec1`). */
const MIN_PREFIX = 4;

/**
 * Random characters after the prefix carry 3.9 bits each (hex) or more; typed filler
 * (`ghp_aaaabbbbcccc…`, `ghp_0101…`) carries far less.
 */
const MIN_BODY_ENTROPY = 3;

/** The longest of `keywords` that `secret` opens with (case-insensitively), at least MIN_PREFIX long. */
function providerPrefix(secret: string, keywords: readonly string[]): string | undefined {
  const lower = secret.toLowerCase();
  let best: string | undefined;
  for (const k of keywords)
    if (k.length >= MIN_PREFIX && lower.startsWith(k.toLowerCase()) && k.length > (best?.length ?? 0)) best = k;
  return best;
}

/**
 * How a candidate whose validator said CHECKSUM_MISMATCH is reported: at `low` confidence with
 * the reason, or undefined to drop it. `keywords` and `shape` are its rule's.
 */
export function assessChecksumMismatch(
  secret: string,
  keywords: readonly string[],
  shape: TextTest | undefined,
): Assessment | undefined {
  if (shape && !shape.test(secret)) return undefined;
  const prefix = providerPrefix(secret, keywords);
  if (prefix === undefined) return undefined;
  const body = secret.slice(prefix.length);
  const s = shapeOf(body);
  if (s.marked || s.sequence || shannonEntropy(body) < MIN_BODY_ENTROPY) return undefined;
  return { confidence: 'low', reasons: [CHECKSUM_MISMATCH_REASON] };
}
