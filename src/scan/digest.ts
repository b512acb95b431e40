/**
 * The rule digest: one hash of the rules a scan matched with. Shard and repository reports carry
 * it (`tool.rulesDigest`) so that `tokguard merge` refuses to join results of different rules,
 * and `--state` keys its record on it, so that a record made with other rules is never trusted.
 */
import type { RuleSpec } from '../engine/types.js';
import { nodeCrypto } from '../node-crypto.js';
import { builtinRulesDigest } from '../rules/builtin.js';

/** JSON with object keys sorted, so the digest does not depend on how a rule object was built. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * sha256 of the rules in effect (built-ins after `disable`/`override`, plus custom rules), hex.
 * `source` (which file a rule came from, as named from the working directory) is left out: the
 * same config read from two folders matches the same.
 */
export function rulesDigest(rules: readonly RuleSpec[]): string {
  return builtinRulesDigest(rules) ?? computeRulesDigest(rules);
}

/** The digest worked out from the rules themselves (the build uses it to store the built-ins'). */
export function computeRulesDigest(rules: readonly RuleSpec[]): string {
  const hash = nodeCrypto().createHash('sha256').update('tokguard:rules:v1\0');
  for (const rule of rules) {
    const { source: _source, ...data } = rule as RuleSpec & { source?: unknown };
    hash.update(canonical(data)).update('\n');
  }
  return hash.digest('hex');
}
