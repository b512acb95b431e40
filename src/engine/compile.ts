import type { RuleSpec } from './types.js';
import { getValidator, type Validator } from './validators/index.js';

export interface CompiledRule {
  spec: RuleSpec;
  /** The pattern: sticky for an anchored rule (tried at keyword starts), else global. */
  readonly regex: RegExp;
  /**
   * The pattern as a global regex, searching the text: `regex` itself, except for an anchored
   * rule, whose keyword starts may be too many to list (see MAX_STARTS in prefilter.ts).
   */
  readonly searchRegex: RegExp;
  /** Name of the capture group holding the secret, or its index. */
  group: string | number;
  validator?: Validator;
  allowSecrets: RegExp[];
  stopwords: string[];
  contextWords: string[];
  contextWindow: number;
  generic: boolean;
  /** `startsWithKeyword`: the regex is sticky and tried only where a keyword starts. */
  anchored: boolean;
  /** `minRun`: for each byte, 1 if it is in the class; the rule needs a run of `length`. */
  minRun?: { key: string; member: Uint8Array; length: number };
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

/**
 * Checks what compiling alone does not: that the pattern has a group for the secret and cannot
 * match the empty string. Run by the rule loaders (at build time for built-in rules), not at
 * every scan start, because executing a regex makes V8 generate its code.
 */
export function checkRulePattern(spec: RuleSpec): void {
  const rule = compileRule(spec);
  void rule.regex; // builds it: an invalid pattern throws here
  if (rule.group !== 'secret' && captureGroupCount(spec.pattern) < 1) {
    throw new RuleCompileError(spec.id, 'pattern needs a capture group (or a group named "secret") for the secret');
  }
  if (new RegExp(spec.pattern).test('')) {
    throw new RuleCompileError(spec.id, 'pattern matches the empty string');
  }
}

/**
 * Allowlist regexes may start with `(?i)` (as in gitleaks and RE2) to ignore case; JavaScript
 * only takes flags outside the pattern, so the prefix becomes the `i` flag.
 */
export function compileAllowRegex(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
}

/**
 * Compiles a rule. The regex itself is built on first use: a pre-commit scan runs a handful of
 * rules out of hundreds, and parsing the rest would be start-up time for nothing. Rule loaders
 * call `checkRulePattern`, which builds it, so a bad pattern still fails at load.
 */
export function compileRule(spec: RuleSpec): CompiledRule {
  const anchored = Boolean(spec.startsWithKeyword) && spec.keywords.length > 0;
  const flags = `${anchored ? 'y' : 'g'}d${spec.caseInsensitive ? 'i' : ''}`;
  let regex: RegExp | undefined;
  let searchRegex: RegExp | undefined;
  const build = (): RegExp => {
    try {
      return (regex ??= new RegExp(spec.pattern, flags));
    } catch (e) {
      throw new RuleCompileError(spec.id, `pattern is not a valid regex: ${(e as Error).message}`);
    }
  };
  const hasNamed = spec.pattern.includes('(?<secret>');
  let validator: Validator | undefined;
  if (spec.validate !== undefined) {
    validator = getValidator(spec.validate);
    if (!validator) throw new RuleCompileError(spec.id, `unknown validate check "${spec.validate}"`);
  }
  const allowSecrets = (spec.allowlist?.secrets ?? []).map((s) => {
    try {
      return compileAllowRegex(s);
    } catch (e) {
      throw new RuleCompileError(
        spec.id,
        `allowlist.secrets regex ${JSON.stringify(s)} is invalid: ${(e as Error).message}`,
      );
    }
  });
  for (const kw of spec.keywords) {
    if (!/^[\x20-\x7e]+$/.test(kw))
      throw new RuleCompileError(spec.id, `keyword ${JSON.stringify(kw)} must be printable ASCII`);
  }
  const minRun = spec.minRun
    ? { key: spec.minRun.chars, member: classMembers(spec.id, spec.minRun.chars), length: spec.minRun.length }
    : undefined;
  return {
    spec,
    get regex() {
      return build();
    },
    get searchRegex() {
      return anchored ? (searchRegex ??= new RegExp(build().source, build().flags.replace('y', 'g'))) : build();
    },
    group: hasNamed ? 'secret' : 1,
    ...(validator ? { validator } : {}),
    allowSecrets,
    stopwords: (spec.allowlist?.stopwords ?? []).map((w) => w.toLowerCase()),
    contextWords: (spec.context?.words ?? []).map((w) => w.toLowerCase()),
    contextWindow: spec.context?.window ?? 80,
    generic: (spec.tags ?? []).includes('generic'),
    anchored,
    ...(minRun ? { minRun } : {}),
  };
}

const memberTables = new Map<string, Uint8Array>();

/** The bytes (as latin1 characters) a `minRun` class holds. */
function classMembers(ruleId: string, chars: string): Uint8Array {
  let table = memberTables.get(chars);
  if (!table) {
    let re: RegExp;
    try {
      re = new RegExp(`^${chars}$`);
    } catch (e) {
      throw new RuleCompileError(ruleId, `minRun.chars is not a valid character class: ${(e as Error).message}`);
    }
    table = new Uint8Array(256);
    for (let b = 0; b < 256; b++) table[b] = re.test(String.fromCharCode(b)) ? 1 : 0;
    memberTables.set(chars, table);
  }
  return table;
}
