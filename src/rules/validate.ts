import { checkRulePattern, RuleCompileError } from '../engine/compile.js';
import { expandFragments, UnknownFragmentError } from '../engine/fragments.js';
import type { RuleSpec } from '../engine/types.js';
import { validateRuleFile, type SchemaError } from '../generated/schema-validators.js';
import { UserError } from '../errors.js';

/** Renders ajv's first error as `rules[3] (id foo).pattern: must be string`. */
export function describeSchemaError(data: unknown, err: SchemaError): string {
  const segments = err.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let where = '';
  let node: unknown = data;
  for (const seg of segments) {
    const isIndex = /^\d+$/.test(seg) && Array.isArray(node);
    where += isIndex ? `[${seg}]` : where ? `.${seg}` : seg;
    node = (node as Record<string, unknown> | undefined)?.[seg];
    if (isIndex && node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      where += ` (id ${(node as { id: string }).id})`;
    }
  }
  let message = err.message ?? 'is invalid';
  if (err.keyword === 'additionalProperties') message = `unknown key "${String(err.params.additionalProperty)}"`;
  if (err.keyword === 'enum') message = `must be one of ${(err.params.allowedValues as unknown[]).join(', ')}`;
  return `${where || '(top level)'}: ${message}`;
}

export interface RuleCheckOptions {
  /** Built-in rules must carry at least two examples and one counter-example. */
  strictExamples?: boolean;
  /** Built-in rules must name the documentation their format was written from. */
  requireReferences?: boolean;
}

/**
 * Validates a parsed rule file (schema, then regex compilation and example counts) and returns
 * its rules. Throws a UserError naming the file, the rule and the problem.
 */
export function checkRuleFile(data: unknown, file: string, options: RuleCheckOptions = {}): RuleSpec[] {
  if (!validateRuleFile(data)) {
    throw new UserError(`${file}: ${describeSchemaError(data, validateRuleFile.errors![0]!)}`);
  }
  const rules = (data as { rules: RuleSpec[] }).rules.map((rule) => withFragmentsExpanded(rule, file));
  checkRules(rules, file, options);
  return rules;
}

/** The rule with its pattern's `{{name}}` fragments expanded (src/engine/fragments.ts). */
export function withFragmentsExpanded(rule: RuleSpec, file: string): RuleSpec {
  try {
    const pattern = expandFragments(rule.pattern);
    return pattern === rule.pattern ? rule : { ...rule, pattern };
  } catch (e) {
    if (e instanceof UnknownFragmentError) throw new UserError(`${file}: rule ${rule.id}: pattern: ${e.message}`);
    throw e;
  }
}

export function checkRules(rules: RuleSpec[], file: string, options: RuleCheckOptions = {}): void {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new UserError(`${file}: rule ${rule.id}: duplicate id`);
    ids.add(rule.id);
    try {
      checkRulePattern(rule);
    } catch (e) {
      if (e instanceof RuleCompileError) throw new UserError(`${file}: ${e.message}`);
      throw e;
    }
    if (options.requireReferences && !rule.references?.length) {
      throw new UserError(
        `${file}: rule ${rule.id}: needs "references" (the provider's documentation of the format, https URLs)`,
      );
    }
    const minExamples = options.strictExamples ? 2 : 1;
    if (rule.examples.length < minExamples) {
      throw new UserError(`${file}: rule ${rule.id}: needs at least ${minExamples} example(s) that must match`);
    }
    if (options.strictExamples && rule.counterExamples.length < 1) {
      throw new UserError(`${file}: rule ${rule.id}: needs at least one counter-example`);
    }
  }
}
