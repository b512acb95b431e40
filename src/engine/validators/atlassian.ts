import type { Assessment } from '../types.js';
import type { ValidatorContext } from './index.js';
/**
 * Jira, Confluence and Bitbucket Data Center / Server personal access tokens are base64 of
 * "<numeric token id>:<random bytes>" (Bitbucket's HTTP access tokens add a "BBDC-" prefix).
 * A base64 run near the word "jira" that does not decode to that shape is something else: a
 * hash, a nonce, part of a data URI.
 */
export function atlassianDataCenterToken(secret: string, context?: ValidatorContext): boolean | Assessment {
  const body = secret.startsWith('BBDC-') ? secret.slice(5) : secret;
  if (body.length < 24 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const decoded = Buffer.from(body, 'base64');
  const colon = decoded.indexOf(0x3a);
  // The id is a positive decimal integer of at most 20 digits, without a leading zero.
  if (colon < 1 || colon > 20 || decoded[0] === 0x30) return false;
  for (let i = 0; i < colon; i++) {
    const c = decoded[i]!;
    if (c < 0x30 || c > 0x39) return false;
  }
  // The random part carries at least 128 bits and is not printable text.
  const random = decoded.subarray(colon + 1);
  if (random.length < 16) return false;
  let printable = 0;
  for (const c of random) if (c >= 0x20 && c < 0x7f) printable++;
  if (printable >= random.length) return false;
  // A slash and more base64 after it: the token sits inside a longer value (pasted into a data
  // URI, or a URL path going on). The structure still holds, so it is reported, less sure.
  return context?.after !== undefined && /^\/[A-Za-z0-9+]/.test(context.after) ? { confidence: 'medium' } : true;
}
