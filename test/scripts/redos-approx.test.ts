/**
 * scripts/redos-approx.mjs: the pattern the ReDoS analyser is asked about when it cannot read a
 * rule's own (issue 11). Its verdict holds for the rule only if every path a search of the rule
 * walks is a path of the approximation, so it must match at least what the rule matches, drop no
 * look-around that can read the whole input, and keep everything else as written.
 */
import { describe, expect, it } from 'vitest';
import { approximate } from '../../scripts/redos-approx.mjs';
import { loadBuiltinRules } from '../../src/rules/builtin.js';

describe('approximate', () => {
  it('drops look-arounds whose bodies are bounded, and keeps the rest as written', () => {
    expect(approximate('(?<![A-Za-z0-9])(hawk\\.[A-Za-z0-9]{20})(?![A-Za-z0-9])')).toBe('(hawk\\.[A-Za-z0-9]{20})');
    expect(approximate('(?<=#[ \\t]{0,3}define[ \\t]{1,8})(?<name>[A-Z_]{1,40}?)\\b')).toBe(
      '(?<name>[A-Z_]{1,40}?)\\b',
    );
    expect(approximate('(?:Pass(?![a-z])|Token)=(\\w{6,200})')).toBe('(?:Pass|Token)=(\\w{6,200})');
  });

  it('spells a back-reference as its group, once the group is closed', () => {
    expect(approximate('(?<q>["\'`]?)(?<secret>[^"\'\\n]{4,200})\\k<q>')).toBe(
      '(?<q>["\'`]?)(?<secret>[^"\'\\n]{4,200})(?:["\'`]?)',
    );
    expect(approximate('(["\'])x\\1')).toBe('(["\'])x(?:["\'])');
    // The group's own look-arounds are dropped in its spelling too.
    expect(approximate('(?<q>"(?!")|\')v\\k<q>')).toBe('(?<q>"|\')v(?:"|\')');
    expect(approximate('\\k<q>(?<q>a)')).toBeUndefined();
  });

  it('leaves a look-around that can read any length, and what it cannot read, undecided', () => {
    expect(approximate('key=(\\w{8})(?=[ \\t]*$)')).toBeUndefined();
    expect(approximate('(?<=^\\s*)key')).toBeUndefined();
    expect(approximate('(?<=(?:ab)+)key')).toBeUndefined();
    expect(approximate('\\p{L}+')).toBeUndefined();
    expect(approximate('(?<![a-z])+x')).toBeUndefined();
  });

  it('counts a repeat of what matches nothing as nothing', () => {
    expect(approximate('(?=(?:\\b)*x)y')).toBe('y');
  });

  it('matches every example of every built-in rule it approximates (a superset of the rule)', () => {
    let approximated = 0;
    for (const rule of loadBuiltinRules()) {
      const approx = approximate(rule.pattern);
      if (approx === undefined) continue;
      approximated++;
      const flags = rule.caseInsensitive ? 'i' : '';
      const wider = new RegExp(approx, flags);
      const own = new RegExp(rule.pattern, flags);
      for (const example of rule.examples ?? [])
        if (own.test(example)) expect(wider.test(example), `${rule.id}: ${example}`).toBe(true);
    }
    // Every rule but a few whose look-arounds read unbounded lengths.
    expect(approximated).toBeGreaterThan(1400);
  });
});
