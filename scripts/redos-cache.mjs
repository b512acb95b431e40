#!/usr/bin/env node
// Runs the recheck ReDoS analyser over every built-in rule's pattern that test/rules/redos-cache.json
// has no result for (keyed by a hash of the flags and pattern), and writes the results there,
// dropping the results of patterns no rule has any more.
// test/rules/redos.test.ts reads them; run this after adding or changing rules (npm run build
// first): `node scripts/redos-cache.mjs`. Each pattern gets REDOS_TIMEOUT ms (default 5000);
// two run at a time. `--retry-unknown [rule-id...]` checks again the patterns recorded as unknown
// (those of the rules named, or all), with the automaton fallback below.
//
// Why a pattern comes out unknown: recheck's `auto` checker uses its automaton (exact) only for a
// pattern whose repeat counts sum to at most 30 (`maxRepeatCount`); one `{43}` or `{0,200}` sends
// it to the fuzzer, which proves nothing when it finds no attack in its time. So a timeout is
// followed by the automaton checker itself, which decides most such patterns in well under a
// second (vault-unseal-key: 170 ms); its verdict is recorded with `checker: 'automaton'`.
// A pattern the automaton cannot read (a look-around it does not support, a back-reference) is
// then asked about as its approximation (scripts/redos-approx.mjs: bounded look-arounds dropped,
// back-references spelt out), whose verdict holds for it; recorded with `approximated: true`.
// `--retry-unknown` goes to the automaton straight away: the fuzzer already ran out of time.
// The automaton gets REDOS_AUTOMATON_TIMEOUT ms (default 20000): an unbounded `\s*` before a
// counted run (`\s*["']?([A-Za-z0-9]{32})`) takes it 10-30 s where `\s{0,8}` takes 50 ms.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { check } from 'recheck';
import { approximate } from './redos-approx.mjs';

const rulesFile = new URL('../dist/builtin-rules.json', import.meta.url);
const cacheFile = new URL('../test/rules/redos-cache.json', import.meta.url);
const data = JSON.parse(readFileSync(rulesFile, 'utf8'));
const rules = Array.isArray(data) ? data : data.rules;
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const timeout = Number(process.env.REDOS_TIMEOUT ?? 5000);
const automatonTimeout = Number(process.env.REDOS_AUTOMATON_TIMEOUT ?? 20000);

export function patternKey(pattern, flags) {
  return createHash('sha256').update(`${flags}/${pattern}`).digest('hex').slice(0, 16);
}

const keyOf = (r) => patternKey(r.pattern, r.caseInsensitive ? 'i' : '');
// A changed rule leaves its old pattern's record behind: kept, the file only grows.
const live = new Set(rules.map(keyOf));
const stale = Object.keys(cache).filter((k) => !live.has(k));
for (const k of stale) delete cache[k];
const args = process.argv.slice(2);
const retry = args[0] === '--retry-unknown' ? new Set(args.slice(1)) : undefined;
const retried = (r) => retry && cache[keyOf(r)]?.status === 'unknown' && (retry.size === 0 || retry.has(r.id));
const queue = rules.filter((r) => !cache[keyOf(r)] || retried(r));
console.log(`${queue.length} of ${rules.length} patterns to check; ${stale.length} records of old patterns dropped`);
// Sorted by key so that diffs stay small (a replacer array would also filter the nested fields).
const sorted = () =>
  Object.fromEntries(
    Object.keys(cache)
      .sort()
      .map((k) => [k, cache[k]]),
  );
const save = () => writeFileSync(cacheFile, `${JSON.stringify(sorted(), null, 1)}\n`);
/** The automaton's verdict on the pattern, else on its approximation when it has one. */
async function decide(pattern, flags) {
  const options = { timeout: automatonTimeout, randomSeed: 1, checker: 'automaton' };
  const d = await check(pattern, flags, options);
  if (d.status !== 'unknown') return { d, approximated: false };
  const approx = approximate(pattern);
  if (approx === undefined) return { d, approximated: false };
  return { d: await check(approx, flags, options), approximated: true };
}

let done = 0;
async function worker() {
  for (let r = queue.shift(); r; r = queue.shift()) {
    const flags = r.caseInsensitive ? 'i' : '';
    let d = retried(r) ? undefined : await check(r.pattern, flags, { timeout, randomSeed: 1 });
    let checker;
    let approximated = false;
    if (d === undefined || d.status === 'unknown') {
      const exact = await decide(r.pattern, flags);
      const decided = exact.d.status !== 'unknown';
      // Still undecided on a retry: the automaton's reason (timeout, unsupported) is recorded.
      if (decided || d === undefined) d = exact.d;
      if (decided) [checker, approximated] = ['automaton', exact.approximated];
    }
    cache[patternKey(r.pattern, flags)] = {
      id: r.id,
      status: d.status,
      ...(checker ? { checker } : {}),
      ...(approximated ? { approximated } : {}),
      ...(d.complexity ? { complexity: d.complexity.type } : {}),
      ...(d.complexity?.degree ? { degree: d.complexity.degree } : {}),
      ...(d.error ? { error: d.error.kind } : {}),
    };
    if (++done % 20 === 0) save();
  }
}
await Promise.all([worker(), worker()]);
save();
console.log(`checked ${done}; ${Object.keys(cache).length} results in test/rules/redos-cache.json`);
