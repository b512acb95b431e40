/**
 * Issue 10, item 11: every built-in rule's pattern goes through the recheck ReDoS analyser. A
 * rule it flags, or cannot decide in its time, must carry a measured bound: a test that compares
 * the work on 1 MB and 4 MB of adversarial input as a ratio (BOUNDED names it). recheck is slow (seconds a pattern), so its
 * results are kept in redos-cache.json by a hash of the pattern; only a new or changed pattern
 * is checked here (with a timeout), and `node scripts/redos-cache.mjs` records it.
 *
 * The bound of most flagged rules is measured by test/adversarial/rule-bounds.test.ts, on the
 * attack that `node scripts/redos-attacks.mjs` records for each in redos-attacks.json: a flagged
 * rule without one fails here until it is recorded. redos-debt.json lists flagged rules that have
 * no bound yet; it is empty, and may only shrink.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../../src/rules/builtin.js';

const attacks = JSON.parse(readFileSync(new URL('./redos-attacks.json', import.meta.url), 'utf8')) as Record<
  string,
  { pattern: string }
>;

/** Rule id → the test that measures its bound. */
const BOUNDED: Record<string, string> = {
  ...Object.fromEntries(Object.keys(attacks).map((id) => [id, 'test/adversarial/rule-bounds.test.ts'])),
  'pgp-private-key-block': 'test/adversarial/windowed-rules.test.ts',
  'ssh2-encrypted-private-key': 'test/adversarial/windowed-rules.test.ts',
  'putty-private-key': 'test/adversarial/windowed-rules.test.ts',
  'putty-private-key-encrypted': 'test/adversarial/windowed-rules.test.ts',
  'private-key-pem-legacy-encrypted': 'test/adversarial/windowed-rules.test.ts',
};

interface Result {
  id: string;
  status: 'safe' | 'vulnerable' | 'unknown';
}

const cache = JSON.parse(readFileSync(new URL('./redos-cache.json', import.meta.url), 'utf8')) as Record<
  string,
  Result
>;
const debt = new Set(JSON.parse(readFileSync(new URL('./redos-debt.json', import.meta.url), 'utf8')) as string[]);

function patternKey(pattern: string, flags: string): string {
  return createHash('sha256').update(`${flags}/${pattern}`).digest('hex').slice(0, 16);
}

describe('built-in rules under the ReDoS analyser', () => {
  const rules = loadBuiltinRules();

  it('every flagged rule carries a measured bound (or is listed as debt), new patterns checked', async () => {
    const verdicts = new Map<string, Result['status']>();
    const unchecked: string[] = [];
    for (const r of rules) {
      const flags = r.caseInsensitive ? 'i' : '';
      const cached = cache[patternKey(r.pattern, flags)];
      if (cached) {
        verdicts.set(r.id, cached.status);
        continue;
      }
      const d = await check(r.pattern, flags, { timeout: 5000, randomSeed: 1 });
      verdicts.set(r.id, d.status);
      unchecked.push(r.id);
    }
    // Undecided (the automaton ran out of time on it, or on its approximation) is decided by the
    // measured bound: recheck proves nothing either way, the 1 MB / 4 MB ratio does.
    const unbounded = [...verdicts].filter(([id, s]) => s !== 'safe' && !BOUNDED[id] && !debt.has(id));
    expect(
      unbounded.map(([id]) => id),
      `flagged or undecided by recheck without a bound: run node scripts/redos-attacks.mjs (new or changed: ${unchecked.join(', ') || 'none'})`,
    ).toEqual([]);
  }, 600_000);

  it("every recorded attack is for its rule's current pattern (a bound measured on an old one proves nothing)", () => {
    const current = new Map(rules.map((r) => [r.id, patternKey(r.pattern, r.caseInsensitive ? 'i' : '')]));
    const stale = Object.entries(attacks)
      .filter(([id, a]) => current.get(id) !== a.pattern)
      .map(([id]) => id);
    expect(stale, 'recorded for a pattern no rule has: run node scripts/redos-attacks.mjs').toEqual([]);
  });

  it('the bounds named exist, and the debt list only names rules still flagged', () => {
    for (const file of new Set(Object.values(BOUNDED))) expect(existsSync(new URL(`../../${file}`, import.meta.url))).toBe(true);
    const flagged = new Set(
      rules.filter((r) => cache[patternKey(r.pattern, r.caseInsensitive ? 'i' : '')]?.status === 'vulnerable').map((r) => r.id),
    );
    const ids = new Set(rules.map((r) => r.id));
    // A rule fixed (no longer flagged) or gone comes off the list; one changed is re-checked above.
    const stale = [...debt].filter((id) => ids.has(id) && cache[patternKey(rules.find((r) => r.id === id)!.pattern, rules.find((r) => r.id === id)!.caseInsensitive ? 'i' : '')] && !flagged.has(id));
    expect(stale).toEqual([]);
  });
});
