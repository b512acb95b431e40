import type { RuleSpec } from './types.js';
import { getValidator, type Validator } from './validators/index.js';

export interface CompiledRule {
  spec: RuleSpec;
  regex: RegExp;
  /** Name of the capture group holding the secret, or its index. */
  group: string | number;
  validator?: Validator;
  allowSecrets: RegExp[];
  stopwords: string[];
  contextWords: string[];
  contextWindow: number;
  generic: boolean;
}

export class RuleCompileError extends Error {
  constructor(
    readonly ruleId: string,
    readonly problem: string,
  ) {
    super(`rule ${ruleId}: ${problem}`);
  }
}

/** Number of capture groups in a regex source. */
export function captureGroupCount(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

export function compileRule(spec: RuleSpec): CompiledRule {
  let regex: RegExp;
  try {
    regex = new RegExp(spec.pattern, spec.caseInsensitive ? 'gdi' : 'gd');
  } catch (e) {
    throw new RuleCompileError(spec.id, `pattern is not a valid regex: ${(e as Error).message}`);
  }
  const hasNamed = /\(\?<secret>/.test(spec.pattern);
  if (!hasNamed && captureGroupCount(spec.pattern) < 1) {
    throw new RuleCompileError(spec.id, 'pattern needs a capture group (or a group named "secret") for the secret');
  }
  if (new RegExp(spec.pattern).test('')) {
    throw new RuleCompileError(spec.id, 'pattern matches the empty string');
  }
  let validator: Validator | undefined;
  if (spec.validate !== undefined) {
    validator = getValidator(spec.validate);
    if (!validator) throw new RuleCompileError(spec.id, `unknown validate check "${spec.validate}"`);
  }
  const allowSecrets = (spec.allowlist?.secrets ?? []).map((s) => {
    try {
      return new RegExp(s);
    } catch (e) {
      throw new RuleCompileError(spec.id, `allowlist.secrets regex ${JSON.stringify(s)} is invalid: ${(e as Error).message}`);
    }
  });
  for (const kw of spec.keywords) {
    if (!/^[\x20-\x7e]+$/.test(kw)) throw new RuleCompileError(spec.id, `keyword ${JSON.stringify(kw)} must be printable ASCII`);
  }
  return {
    spec,
    regex,
    group: hasNamed ? 'secret' : 1,
    ...(validator ? { validator } : {}),
    allowSecrets,
    stopwords: (spec.allowlist?.stopwords ?? []).map((w) => w.toLowerCase()),
    contextWords: (spec.context?.words ?? []).map((w) => w.toLowerCase()),
    contextWindow: spec.context?.window ?? 80,
    generic: (spec.tags ?? []).includes('generic'),
  };
}
