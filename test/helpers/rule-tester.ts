import { expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import type { RuleSpec } from '../../src/engine/types.js';

/**
 * RuleTester in the spirit of eslint's: every example of a rule must produce a match of that
 * rule, and no counter-example may. The engine holds the whole rule set, as in a real scan, so
 * prefilter keywords, shadowing and placeholder filters are exercised too.
 */
export function defineRuleExampleTests(rules: RuleSpec[], engine = new Engine(rules)): void {
  for (const rule of rules) {
    rule.examples.forEach((example, i) => {
      it(`${rule.id}: example ${i + 1} matches`, () => {
        const ids = engine.scan(Buffer.from(example, 'utf8')).map((m) => m.ruleId);
        expect(ids, `example ${i + 1} of ${rule.id}${rule.source ? ` (${rule.source})` : ''}:\n${example}`).toContain(
          rule.id,
        );
      });
    });
    rule.counterExamples.forEach((counter, i) => {
      it(`${rule.id}: counter-example ${i + 1} does not match`, () => {
        const ids = engine.scan(Buffer.from(counter, 'utf8')).map((m) => m.ruleId);
        expect(
          ids,
          `counter-example ${i + 1} of ${rule.id}${rule.source ? ` (${rule.source})` : ''}:\n${counter}`,
        ).not.toContain(rule.id);
      });
    });
  }
}
