/**
 * Start gates (src/engine/start-gate.ts) turn keyword starts down before an anchored rule's
 * regex is tried there. They must never turn down a start where the regex matches: checked on
 * small patterns, at every keyword start of every gated built-in rule's examples mixed every
 * way, and by comparing whole scans with and without gates.
 */
import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { GateSet, startGate, type StartGate } from '../../src/engine/start-gate.js';
import type { Match, RuleSpec } from '../../src/engine/types.js';
import { builtinRules } from '../helpers/builtin-scan.js';
import { keywordStarts, textsOf } from '../helpers/rule-texts.js';

const chars = (set: Uint8Array): string => {
  let out = '';
  for (let c = 0; c < 256; c++) if (set[c]) out += String.fromCharCode(c);
  return out;
};

/** Which of `starts` one gate lets through. */
function passes(gate: StartGate, text: string, starts: number[]): boolean[] {
  const masks = new GateSet([gate]).masks(text, starts);
  return [...masks].map((m) => m !== 0);
}

describe('startGate', () => {
  it('takes the first node that must consume a character other than a letter or digit', () => {
    const gate = startGate('(?<name>(?:token|key)[A-Za-z_]{0,4})[ \\t]{0,2}[:=][ \\t]*(?<secret>\\w{8})', false)!;
    expect(chars(gate.first)).toBe(':=');
    expect(gate.min).toBe(3);
    expect(gate.max).toBe(4 + 5 + 2);
    expect(chars(gate.pre)).toBe(`\t ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`.split('').sort().join(''));
  });

  it('reads classes and case folding as the regex does', () => {
    expect(chars(startGate('ab[^\\w\\s]', false)!.first).includes('-')).toBe(true);
    expect(chars(startGate('ab[^\\w\\s]', false)!.first).includes('_')).toBe(false);
    expect(chars(startGate('key_?=', true)!.pre)).toBe('EKY_eky');
    // A capture group around the token is opened up: its `.` is the gate.
    expect(startGate('\\b(pat[A-Za-z0-9]{14}\\.[0-9a-f]{64})\\b', false)).toMatchObject({ min: 17, max: 17 });
  });

  it('declines patterns it cannot bound or read', () => {
    expect(startGate('token|secret=', false)).toBeUndefined(); // alternatives at the top
    expect(startGate('token[a-z]{8}', false)).toBeUndefined(); // nothing but letters
    expect(startGate('(t)oken\\1=', false)).toBeUndefined(); // a back-reference before the gate
    expect(startGate('token[^<>]{0,9}>', false)).toBeUndefined(); // `pre` holds nearly everything
    expect(startGate('(?<n>a)\\k<n>', false)).toBeUndefined();
  });

  it('looks no further than OPEN_ENDED after an unbounded run, and then lets the start through', () => {
    const gate = startGate('key[ a-z]*=', false)!;
    const text = `key${' '.repeat(200)}= key+ key`;
    expect(passes(gate, text, [0, text.indexOf('key+'), text.lastIndexOf('key')])).toEqual([true, false, false]);
  });

  it('lets every character above latin1 through (decoded text)', () => {
    const gate = startGate('key[a-z]{0,3}=', false)!;
    expect(passes(gate, 'key\u0100=', [0])).toEqual([true]);
    expect(passes(gate, 'key(=', [0])).toEqual([false]);
  });
});

describe('gated built-in rules', () => {
  const anchored = builtinRules.filter((r) => r.startsWithKeyword && r.keywords.length > 0);
  const gated = anchored.flatMap((spec) => {
    const gate = startGate(spec.pattern, Boolean(spec.caseInsensitive));
    return gate ? [{ spec, gate }] : [];
  });

  it('include the generic rules', () => {
    expect(gated.length).toBeGreaterThan(100);
    expect(gated.map((g) => g.spec.id)).toEqual(
      expect.arrayContaining(['generic-secret-unquoted', 'generic-secret-quoted', 'url-query-secret']),
    );
  });

  it('let through every keyword start where the rule matches', () => {
    const missed: string[] = [];
    let matched = 0;
    // Each gate tested in a set with others, as the engine tests them.
    const others = gated.slice(0, 30).map((g) => g.gate);
    for (const { spec, gate } of gated) {
      const set = new GateSet([...others.slice(0, 29), gate]);
      const bit = 1 << 29;
      const re = new RegExp(spec.pattern, `y${spec.caseInsensitive ? 'i' : ''}`);
      for (const text of textsOf(spec)) {
        const starts = keywordStarts(spec, text);
        const masks = set.masks(text, starts);
        starts.forEach((at, i) => {
          re.lastIndex = at;
          if (!re.test(text)) return;
          matched++;
          if ((masks[i]! & bit) === 0) missed.push(`${spec.id} at ${at}: ${JSON.stringify(text.slice(at, at + 80))}`);
        });
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
    // Every gated rule's examples and a few mixes, forty rules to a scan.
    for (let from = 0; from < gated.length; from += 40) {
      const text = gated
        .slice(from, from + 40)
        .map(({ spec }) => [...spec.examples, ...spec.counterExamples, ...textsOf(spec).slice(-3)].join('\n'))
        .join('\n');
      const a = view(withGates.scan(Buffer.from(text, 'utf8'), { path: 'a.env' }));
      const b = view(without.scan(Buffer.from(text, 'utf8'), { path: 'a.env' }));
      found += a.length;
      if (a !== b) differ.push(`rules ${from} to ${from + 39}`);
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(gated.length);
    // Two engines over every gated rule's texts: about 20 s alone, and past the default minute on
    // a machine loaded by other suites. A limit on time, not an assertion about it.
  }, 300_000);
});

describe('a gate alone', () => {
  // No other rule shares its keyword starts: the gate is tested alone, and only until it first
  // lets a start through, so that a rule whose keyword occurs only in prose never compiles its regex.
  const spec: RuleSpec = {
    id: 'lone',
    name: 'lone',
    severity: 'high',
    keywords: ['apikey'],
    pattern: 'apikey[ \\t]{0,2}[:=][ \\t]{0,2}"([A-Za-z0-9]{20})"',
    startsWithKeyword: true,
    examples: [],
    counterExamples: [],
  };
  const prose = Buffer.from('Set the apikey in the settings; apikey() reads it, and apikey.trim() cleans it.\n');
  const found = Buffer.from(
    'call apikey() first.\nconst apikey = "Zq8vR2kLmP4xT7nWab12";\napikey: "Hk4mN8qR2vT6yB1cXz90"\n',
  );
  const view = (ms: Match[]): unknown[] => ms.map((m) => [m.secret, m.start, m.line, m.column]);

  it('turns every start down until one passes, then the regex is tried at every start', () => {
    const engine = new Engine([spec]);
    const exec = vi.spyOn(engine.rules[0]!.regex, 'exec');
    expect(engine.scan(prose, { path: 'a.md' })).toEqual([]);
    expect(exec).not.toHaveBeenCalled();
    const matches = engine.scan(found, { path: 'a.js' });
    expect(view(matches)).toEqual(view(new Engine([spec], { ungated: true }).scan(found, { path: 'a.js' })));
    expect(matches.map((m) => m.secret)).toEqual(['Zq8vR2kLmP4xT7nWab12', 'Hk4mN8qR2vT6yB1cXz90']);
    // Not at `apikey()`, which comes before the first start the gate let through; at both others.
    expect(exec).toHaveBeenCalledTimes(2);
    // Dropped: the regex is now tried at the three starts of the prose.
    expect(engine.scan(prose, { path: 'a.md' })).toEqual([]);
    expect(exec).toHaveBeenCalledTimes(5);
  });

  it('is dropped after turning down a few thousand starts, so that a keyword found everywhere costs what it did', () => {
    const engine = new Engine([spec]);
    const exec = vi.spyOn(engine.rules[0]!.regex, 'exec');
    expect(engine.scan(Buffer.from('apikey() '.repeat(5000)), { path: 'a.js' })).toEqual([]);
    expect(exec).not.toHaveBeenCalled();
    expect(engine.scan(prose, { path: 'a.md' })).toEqual([]);
    expect(exec).toHaveBeenCalledTimes(3);
  });
});
