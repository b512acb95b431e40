/**
 * Prefix gates (src/engine/prefix-gate.ts) turn keyword starts down before the regex of an
 * anchored rule without a start gate is tried there. They must never turn down a start where the
 * regex matches: checked on small patterns, at every keyword start of every such built-in rule's
 * examples mixed every way, and by comparing whole scans with and without gates.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { prefixGate, PrefixGateTest } from '../../src/engine/prefix-gate.js';
import { startGate } from '../../src/engine/start-gate.js';
import type { Match } from '../../src/engine/types.js';
import { builtinRules } from '../helpers/builtin-scan.js';
import { keywordStarts, textsOf } from '../helpers/rule-texts.js';

const chars = (set: Uint8Array | undefined): string => {
  let out = '';
  for (let c = 0; c < 256; c++) if (set?.[c]) out += String.fromCharCode(c);
  return out;
};

describe('prefixGate', () => {
  const body = 'Zq8vR2kLmP4xT7nWab12'.repeat(6);

  it('reads a token prefix, its body and the boundary before it', () => {
    const gate = prefixGate('\\b(EAA(?!CEdEose0cBA)[A-Za-z0-9]{100,400})\\b', false)!;
    expect(gate.at.slice(0, 3).map(chars)).toEqual(['E', 'A', 'A']);
    expect(chars(gate.at[3])).toBe('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    expect(gate.at).toHaveLength(24); // no further than that
    expect(chars(gate.before)).not.toMatch(/[\w]/);
    const test = new PrefixGateTest(gate);
    expect(test.passes(`token EAA${body}`, 6)).toBe(true);
    expect(test.passes(`AAAAEAA${body}`, 4)).toBe(false); // inside base64: no boundary
    expect(test.passes(`EAAB-${body}`, 0)).toBe(false); // the body's class
    expect(test.passes('EAAZq8', 0)).toBe(false); // the text ends first
  });

  it('spells an alternation of literals of one length position by position, and reads case folding', () => {
    const gate = prefixGate('\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\\b', false)!;
    expect(gate.at.slice(0, 5).map(chars)).toEqual(['A', 'BCKS', 'CI', 'A', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
    expect(gate.at).toHaveLength(20);
    expect(chars(prefixGate('veriphone[:=]', true)!.at[0])).toBe('Vv');
  });

  it('takes the class of a one-character look-behind, and stops at a node of varying width', () => {
    const gate = prefixGate('(?<![A-Za-z0-9])(?:apacta|apacta_api)[=:]', true)!;
    expect(gate.at).toEqual([]);
    expect(chars(gate.before)).not.toMatch(/[A-Za-z0-9]/);
    expect(chars(gate.before)).toContain('_');
    expect(new PrefixGateTest(gate).passes('xapacta=', 1)).toBe(false);
    expect(new PrefixGateTest(gate).passes('_apacta=', 1)).toBe(true);
  });

  it('lets every character above latin1 through (decoded text)', () => {
    const test = new PrefixGateTest(prefixGate('\\b(SCW[A-Z0-9]{17})\\b', false)!);
    expect(test.passes(`\u0100SCW${'\u0101'.repeat(17)}`, 1)).toBe(true);
    expect(test.passes(`aSCW${'A'.repeat(17)}`, 1)).toBe(false);
  });

  it('declines patterns it cannot read anything from', () => {
    expect(prefixGate('token|secret=', false)).toBeUndefined(); // alternatives at the top
    expect(prefixGate('(?:ab|abc)=', false)).toBeUndefined(); // varying width, nothing before
  });
});

describe('prefix-gated built-in rules', () => {
  const ungated = builtinRules.filter(
    (r) => r.startsWithKeyword && r.keywords.length > 0 && !startGate(r.pattern, Boolean(r.caseInsensitive)),
  );
  const gated = ungated.flatMap((spec) => {
    const gate = prefixGate(spec.pattern, Boolean(spec.caseInsensitive));
    return gate ? [{ spec, test: new PrefixGateTest(gate) }] : [];
  });

  it('include the token rules of the keyword prefixes', () => {
    expect(gated.length).toBeGreaterThan(100);
    expect(gated.map((g) => g.spec.id)).toEqual(
      expect.arrayContaining(['facebook-access-token', 'nats-nkey-seed', 'aws-access-key-id']),
    );
  });

  it('let through every keyword start where the rule matches', () => {
    const missed: string[] = [];
    let matched = 0;
    for (const { spec, test } of gated) {
      const re = new RegExp(spec.pattern, `y${spec.caseInsensitive ? 'i' : ''}`);
      for (const text of textsOf(spec))
        for (const at of keywordStarts(spec, text)) {
          re.lastIndex = at;
          if (!re.test(text)) continue;
          matched++;
          if (!test.passes(text, at)) missed.push(`${spec.id} at ${at}: ${JSON.stringify(text.slice(at, at + 80))}`);
        }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(gated.length);
  });

  it('leave whole scans unchanged', () => {
    const view = (ms: Match[]): string =>
      JSON.stringify(ms.map((m) => [m.ruleId, m.start, m.end, m.line, m.column, m.secret, m.confidence]));
    const withGates = new Engine(builtinRules);
    const without = new Engine(builtinRules, { ungated: true });
    const differ: string[] = [];
    let found = 0;
    // A gate is tested until it first lets a start through: the random mixes come first, so that
    // the gates meet starts they turn down before the examples' matches.
    for (let from = 0; from < gated.length; from += 40) {
      const text = gated
        .slice(from, from + 40)
        .map(({ spec }) => [...textsOf(spec).slice(-6), ...spec.counterExamples, ...spec.examples].join('\n'))
        .join('\n');
      const a = view(withGates.scan(Buffer.from(text, 'utf8'), { path: 'a.env' }));
      const b = view(without.scan(Buffer.from(text, 'utf8'), { path: 'a.env' }));
      found += a.length;
      if (a !== b) differ.push(`rules ${from} to ${from + 39}`);
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(gated.length);
    // Two engines over every gated rule's texts: a limit on time under load, not an assertion about it.
  }, 300_000);
});
