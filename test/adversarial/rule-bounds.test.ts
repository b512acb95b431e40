/**
 * Issue 10, item 11: a built-in rule that the recheck ReDoS analyser flags must carry a measured
 * bound; so does one it could not decide in its time (a timeout, most rules with long
 * alternations). test/rules/redos-attacks.json holds, for each such rule, adversarial input recorded by
 * scripts/redos-attacks.mjs: recheck's own attack string where it finds one, and the costliest
 * tile of the rule's text (its example less the last character, or its keyword, then a
 * separator, repeated: each copy restarts the rule, which is what makes a class run quadratic).
 * Each is searched at 1 MB and at 4 MB with the rule's regex as the engine compiles and runs it
 * (global, as in the loop of Engine.runRule): the work must grow about 4 times (linear), not 16
 * (quadratic). Work is CPU time, compared as a ratio; no test asserts a time.
 *
 * Why the regex and not Engine.scan: the search from every position is the most a rule's regex
 * can be made to do (a rule tried only at its keywords makes a subset of those attempts, past
 * MAX_STARTS keywords too), and the rest of a scan is linear by
 * construction and has its own tests (keyword-runs, large-files). Scanning some 470 rules' attacks
 * through the whole engine spends 30 times more on keyword bookkeeping than on the regex, which
 * would take minutes; the rules whose rewrite removed a real quadratic are also measured through
 * Engine.scan and the CLI in redos-rewrites.test.ts.
 *
 * Most flagged rules are linear in V8 because every run they try is bounded (`{20,300}`) or
 * cannot hold the next start (`\b`, a lookbehind, a class without the keyword's characters): the
 * analyser flags the degree inside one bound, the scan sees a constant per byte. The rules that
 * were truly quadratic have been rewritten (see docs/performance.md); this keeps them so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/compile.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import { workRatio } from '../helpers/work.js';

interface Attack {
  source: 'recheck' | 'tile';
  prefix: string;
  pumps: { prefix: string; pump: string }[];
  suffix: string;
}

const recorded = JSON.parse(readFileSync(new URL('../rules/redos-attacks.json', import.meta.url), 'utf8')) as Record<
  string,
  { pattern: string; attacks: Attack[] }
>;

const MB = 1 << 20;
/**
 * 4 MB over 1 MB: 4 is linear, 16 quadratic. Linear scans measured up to about 6 on a machine
 * shared by several builds (a 4 MB input no longer fits the caches, and collects more garbage).
 */
const LIMIT = 8;

/** The attack at about `size` bytes, each pump repeated to fill its share (as the script builds it). */
function attackText(a: Attack, size: number): string {
  const fixed = a.prefix.length + a.suffix.length + a.pumps.reduce((n, p) => n + p.prefix.length, 0);
  const per = Math.max(1, Math.floor((size - fixed) / a.pumps.reduce((n, p) => n + p.pump.length, 0)));
  return a.prefix + a.pumps.map((p) => p.prefix + p.pump.repeat(per)).join('') + a.suffix;
}

/**
 * The rule runs only where one of its keywords occurs: an attack without one gets it in front.
 * Latin1 text, as the engine makes of a file's bytes (so each scan does not allocate it again).
 */
function attackInput(rule: RuleSpec, a: Attack, size: number): string {
  let text = attackText(a, size);
  const lower = text.slice(0, 64 * 1024).toLowerCase();
  if (rule.keywords.length > 0 && !rule.keywords.some((k) => lower.includes(k.toLowerCase())))
    text = `${rule.keywords[0]}\n${text}`;
  return text;
}

const rules = new Map(loadBuiltinRules().map((r) => [r.id, r]));

/**
 * The rule's regex, global. An anchored rule's is sticky (the engine tries it at keyword starts):
 * searching with it from every position is the most it can be made to do.
 */
function searchRegex(rule: RuleSpec): RegExp {
  const re = compileRule(rule).regex;
  if (!(re instanceof RegExp)) throw new Error(`${rule.id}: a built-in rule runs on RegExp`);
  return re.sticky ? new RegExp(re.source, re.flags.replace('y', 'g')) : re;
}

/** Engine.runRule's loop: every match of the rule's regex in the text. */
function search(rule: RuleSpec): (text: string) => number {
  const re = searchRegex(rule);
  return (text) => {
    let found = 0;
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)) !== null; found++) if (m[0].length === 0) re.lastIndex++;
    return found;
  };
}

/** recheck's attack is the analyser's witness; a rule it no longer flags keeps its tile. */
const attackOf = (attacks: Attack[]): Attack => attacks.find((a) => a.source === 'recheck') ?? attacks[0]!;

describe('rules flagged (or undecided) by recheck: work on 4 MB of adversarial input over 1 MB', () => {
  it('every recorded rule exists and has an attack', () => {
    for (const [id, { attacks }] of Object.entries(recorded)) {
      expect(rules.has(id), id).toBe(true);
      expect(attacks.length, id).toBeGreaterThan(0);
    }
  });

  for (const [id, { attacks }] of Object.entries(recorded)) {
    const rule = rules.get(id);
    if (!rule) continue;
    const a = attackOf(attacks);
    it(`${id} (${a.source})`, () => {
      const run = search(rule);
      const ratio = workRatio(run, attackInput(rule, a, MB), attackInput(rule, a, 4 * MB), LIMIT);
      expect(ratio, `${id}, ${a.source} attack`).toBeLessThanOrEqual(LIMIT);
    });
  }
});
