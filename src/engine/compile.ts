import { LinearRegex, NotLinearError } from './linear-regex.js';
import type { RuleSpec } from './types.js';
import {
  getValidator,
  VALIDATION_COST,
  VALIDATIONS_PER_INPUT,
  type Validator,
  type ValidatorContext,
} from './validators/index.js';

/** What the engine asks of a rule's compiled pattern: a RegExp, or a LinearRegex for a user's. */
export interface RuleRegex {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/** What an allowlist asks of a regex. */
export interface TextTest {
  test(text: string): boolean;
}

export interface CompiledRule {
  spec: RuleSpec;
  /**
   * The pattern: sticky for an anchored rule, which the engine tries at its keyword starts only
   * (past MAX_STARTS too: see `Engine.searchPastCut`), else global, searching the text.
   */
  readonly regex: RuleRegex;
  /** Name of the capture group holding the secret, or its index. */
  group: string | number;
  validator?: Validator;
  /** How many candidates the validator may check per input (see VALIDATIONS_PER_INPUT). */
  validationCap?: number;
  /** What one check costs against `validationCap` (see VALIDATION_COST); 1 when absent. */
  validationCost?: (context: ValidatorContext) => number;
  allowSecrets: TextTest[];
  /** `shape`: the documented form of the whole secret; a secret outside it is less sure. */
  shape?: TextTest;
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
export function compileAllowRegex(source: string, linear = false): TextTest {
  const ignoreCase = source.startsWith('(?i)');
  const body = ignoreCase ? source.slice(4) : source;
  return linear ? new LinearRegex(body, ignoreCase) : new RegExp(body, ignoreCase ? 'i' : '');
}

/**
 * Compiles a rule. The regex itself is built on first use: a pre-commit scan runs a handful of
 * rules out of hundreds, and parsing the rest would be start-up time for nothing. Rule loaders
 * call `checkRulePattern`, which builds it, so a bad pattern still fails at load.
 */
export function compileRule(spec: RuleSpec): CompiledRule {
  // A user's pattern searches the text: RE2JS has no sticky matching to try it at keyword starts.
  const anchored = Boolean(spec.startsWithKeyword) && spec.keywords.length > 0 && !spec.linear;
  const flags = `${anchored ? 'y' : 'g'}d${spec.caseInsensitive ? 'i' : ''}`;
  let regex: RuleRegex | undefined;
  const build = (): RuleRegex => {
    if (regex) return regex;
    try {
      const native = new RegExp(spec.pattern, flags); // the JavaScript dialect is the rule language
      return (regex = spec.linear ? new LinearRegex(spec.pattern, spec.caseInsensitive) : native);
    } catch (e) {
      if (e instanceof NotLinearError)
        throw new RuleCompileError(spec.id, `pattern cannot run on the linear-time engine: ${e.reason}`);
      throw new RuleCompileError(spec.id, `pattern is not a valid regex: ${(e as Error).message}`);
    }
  };
  const hasNamed = spec.pattern.includes('(?<secret>');
  let validator: Validator | undefined;
  if (spec.validate !== undefined) {
    validator = getValidator(spec.validate);
    if (!validator) throw new RuleCompileError(spec.id, `unknown validate check "${spec.validate}"`);
  }
  const allowRegex = (s: string, linear: boolean): TextTest => {
    try {
      return compileAllowRegex(s, linear);
    } catch (e) {
      const problem = e instanceof NotLinearError ? `cannot run on the linear-time engine: ${e.reason}` : 'is invalid';
      throw new RuleCompileError(
        spec.id,
        `allowlist.secrets regex ${JSON.stringify(s)} ${problem}${e instanceof NotLinearError ? '' : `: ${(e as Error).message}`}`,
      );
    }
  };
  // A user's regexes (a custom rule's, or added to a built-in rule by an override) run linear.
  const allowSecrets = [
    ...(spec.allowlist?.secrets ?? []).map((s) => allowRegex(s, Boolean(spec.linear))),
    ...(spec.allowlist?.userSecrets ?? []).map((s) => allowRegex(s, true)),
  ];
  const shape = spec.shape === undefined ? undefined : compileShape(spec.id, spec.shape);
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
    group: hasNamed ? 'secret' : 1,
    ...(validator ? { validator } : {}),
    ...(spec.validate !== undefined && VALIDATIONS_PER_INPUT[spec.validate] !== undefined
      ? { validationCap: VALIDATIONS_PER_INPUT[spec.validate] }
      : {}),
    ...(spec.validate !== undefined && Object.prototype.hasOwnProperty.call(VALIDATION_COST, spec.validate)
      ? { validationCost: VALIDATION_COST[spec.validate] }
      : {}),
    allowSecrets,
    ...(shape ? { shape } : {}),
    stopwords: (spec.allowlist?.stopwords ?? []).map((w) => w.toLowerCase()),
    contextWords: (spec.context?.words ?? []).map((w) => w.toLowerCase()),
    contextWindow: spec.context?.window ?? 80,
    generic: (spec.tags ?? []).includes('generic'),
    anchored,
    ...(minRun ? { minRun } : {}),
  };
}

/**
 * A rule's `shape`. Built-in rules only (the config schema has no such field), so it runs as a
 * native regex, on the captured secret alone: it never sees the rest of the text.
 */
function compileShape(ruleId: string, source: string): TextTest {
  if (!source.startsWith('^') || !source.endsWith('$'))
    throw new RuleCompileError(ruleId, `shape ${JSON.stringify(source)} must be anchored with ^ and $`);
  try {
    return new RegExp(source);
  } catch (e) {
    throw new RuleCompileError(ruleId, `shape ${JSON.stringify(source)} is invalid: ${(e as Error).message}`);
  }
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
