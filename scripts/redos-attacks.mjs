#!/usr/bin/env node
// Records, for every built-in rule the recheck analyser flags or could not decide in its time
// (test/rules/redos-cache.json: vulnerable, or unknown after a timeout), the
// adversarial input that test/adversarial/rule-bounds.test.ts scans at 1 MB and 4 MB to measure
// the rule's bound. Run it after `npm run build` and `node scripts/redos-cache.mjs` when a rule is
// added or its pattern changes: `node scripts/redos-attacks.mjs [rule-id...]` (no ids: the flagged
// rules that have no attack yet, or whose pattern changed since theirs was recorded).
//
// An attack is a prefix, pumps (strings repeated to fill the size) and a suffix. Candidates:
//   - recheck's own attack string for the rule, when it finds one (its prefix, pumps and suffix);
//   - tiles made from the rule's first examples and keywords: the matched text less its last
//     character, or the keyword, followed by a separator ('-', '.', '\n'...), repeated. A tile
//     restarts the rule at every copy, which is what makes an unanchored class run quadratic.
// Each candidate's regex work is timed on 64 KB (CPU time, least of two); recheck's attack is
// kept, and so is the costliest tile that the rule does not match (matches cost the engine
// per finding, which says nothing about the regex). Keyed by rule id, with the pattern's hash.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { check } from 'recheck';
import { parse } from 'yaml';
import { approximate } from './redos-approx.mjs';

const root = new URL('..', import.meta.url);
const rules = JSON.parse(readFileSync(new URL('dist/builtin-rules.json', root), 'utf8')).rules;
const cache = JSON.parse(readFileSync(new URL('test/rules/redos-cache.json', root), 'utf8'));
const attacksFile = new URL('test/rules/redos-attacks.json', root);
const attacks = existsSync(attacksFile) ? JSON.parse(readFileSync(attacksFile, 'utf8')) : {};
const timeout = Number(process.env.REDOS_TIMEOUT ?? 10000);

const patternKey = (r) =>
  createHash('sha256')
    .update(`${r.caseInsensitive ? 'i' : ''}/${r.pattern}`)
    .digest('hex')
    .slice(0, 16);

const examples = {};
for (const f of readdirSync(new URL('rules/', root)).filter((f) => f.endsWith('.yaml')))
  for (const r of parse(readFileSync(new URL(`rules/${f}`, root), 'utf8')).rules ?? []) examples[r.id] = r.examples;

const SEPARATORS = ['', ' ', '-', '.', '_', '\n', 'a', '=', '"', '/', ':'];
const SIZE = 64 * 1024;

/** The attack's text at about `size` characters: each pump repeated to fill its share. */
export function attackText(a, size) {
  const fixed = a.prefix.length + a.suffix.length + a.pumps.reduce((n, p) => n + p.prefix.length, 0);
  const per = Math.max(1, Math.floor((size - fixed) / a.pumps.reduce((n, p) => n + p.pump.length, 0)));
  return a.prefix + a.pumps.map((p) => p.prefix + p.pump.repeat(per)).join('') + a.suffix;
}

function tiles(rule) {
  const units = new Set();
  const re = new RegExp(rule.pattern, `g${rule.caseInsensitive ? 'i' : ''}`);
  for (const example of (examples[rule.id] ?? []).slice(0, 2)) {
    re.lastIndex = 0;
    const m = re.exec(example);
    if (m) for (const s of SEPARATORS) units.add(m[0].slice(0, -1) + s);
  }
  for (const kw of rule.keywords.slice(0, 2)) for (const s of SEPARATORS) units.add(kw + s);
  return [...units]
    .filter(Boolean)
    .map((u) => ({ source: 'tile', prefix: '', pumps: [{ prefix: '', pump: u }], suffix: '' }));
}

/** Regex work on the attack at 64 KB: CPU ms of a global search, least of two; and the matches. */
function cost(rule, a) {
  const re = new RegExp(rule.pattern, `gd${rule.caseInsensitive ? 'i' : ''}`);
  const text = attackText(a, SIZE);
  let best = Infinity;
  let matches = 0;
  for (let k = 0; k < 2; k++) {
    const t = process.cpuUsage();
    re.lastIndex = 0;
    matches = 0;
    for (let m; (m = re.exec(text)) !== null; matches++) if (m[0].length === 0) re.lastIndex++;
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return { ms: best, matches };
}

async function recheckAttack(rule) {
  // A verdict the automaton gave (on the pattern or its approximation: see redos-cache.mjs) is
  // asked of it again; the default checker would go to the fuzzer and run out of time.
  const record = cache[patternKey(rule)];
  const options = { timeout, randomSeed: 1, ...(record?.checker === 'automaton' ? { checker: 'automaton' } : {}) };
  const pattern = record?.approximated ? approximate(rule.pattern) : rule.pattern;
  const d = await check(pattern, rule.caseInsensitive ? 'i' : '', options);
  if (d.status !== 'vulnerable' || !d.attack?.pumps?.length) return undefined;
  const { pumps, suffix } = d.attack;
  return { source: 'recheck', prefix: '', pumps: pumps.map((p) => ({ prefix: p.prefix, pump: p.pump })), suffix };
}

async function record(rule) {
  const chosen = [];
  // recheck ran out of time on an unknown one before: only its flagged rules have an attack.
  const fromRecheck = cache[patternKey(rule)]?.status === 'unknown' ? undefined : await recheckAttack(rule);
  if (fromRecheck) chosen.push(fromRecheck);
  let costliest;
  for (const a of tiles(rule)) {
    const c = cost(rule, a);
    if (c.matches === 0 && (!costliest || c.ms > costliest.ms)) costliest = { a, ms: c.ms };
  }
  if (costliest) chosen.push(costliest.a);
  attacks[rule.id] = { pattern: patternKey(rule), attacks: chosen };
}

const wanted = process.argv.slice(2);
const flagged = (r) => ['vulnerable', 'unknown'].includes(cache[patternKey(r)]?.status);
// Only flagged rules are recorded again, so the attack of a rule whose new pattern the analyser
// finds safe (generic-secret-cli-flag's, once its run was bounded) was never revisited, and kept
// the rule under a bound measured on a pattern it no longer has. Dropped here, with the attacks
// of rules that are gone; an attack for the current pattern stays, even of a rule now safe (one
// recorded by name, or before the analyser decided it): it still measures this pattern.
const byId = new Map(rules.map((r) => [r.id, r]));
const pruned = Object.keys(attacks).filter((id) => {
  const r = byId.get(id);
  return !r || (attacks[id].pattern !== patternKey(r) && !flagged(r));
});
for (const id of pruned) delete attacks[id];
if (pruned.length > 0) console.log(`dropped the attacks of ${pruned.length} old patterns: ${pruned.join(', ')}`);
const queue = rules.filter((r) =>
  wanted.length ? wanted.includes(r.id) : flagged(r) && attacks[r.id]?.pattern !== patternKey(r),
);
console.log(`${queue.length} rules to record`);
const save = () => {
  const sorted = Object.fromEntries(
    Object.keys(attacks)
      .sort()
      .map((k) => [k, attacks[k]]),
  );
  writeFileSync(attacksFile, `${JSON.stringify(sorted, null, 1)}\n`);
};
let done = 0;
async function worker() {
  for (let r = queue.shift(); r; r = queue.shift()) {
    await record(r);
    if (++done % 10 === 0) {
      save();
      console.log(done);
    }
  }
}
await Promise.all([worker(), worker()]);
save();
console.log(`recorded ${done}; ${Object.keys(attacks).length} rules in test/rules/redos-attacks.json`);
