import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkRuleFile } from '../../src/rules/validate.js';
import type { RuleSpec } from '../../src/engine/types.js';
import { defineRuleExampleTests } from '../helpers/rule-tester.js';

// Read the YAML sources, not dist/, so a rule edit is tested without a rebuild.
const dir = new URL('../../rules/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const rules: RuleSpec[] = files.flatMap((f) =>
  checkRuleFile(parse(readFileSync(new URL(f, dir), 'utf8')), `rules/${f}`, {
    strictExamples: true,
    requireReferences: true,
  }).map((r) => ({
    ...r,
    source: `rules/${f}`,
  })),
);

describe('built-in rules', () => {
  it('have unique ids', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('each carry at least two examples and one counter-example', () => {
    for (const r of rules) {
      expect(r.examples.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.counterExamples.length, r.id).toBeGreaterThanOrEqual(1);
    }
  });

  defineRuleExampleTests(rules);
});
