/**
 * Applies a schema-valid config to the rules: custom rules (compiled, examples run), `disable`,
 * `override`, allowlists and scan defaults. Loaded only when a config file exists.
 */
import path from 'node:path';
import { captureGroupCount, compileRule, RuleCompileError } from '../engine/compile.js';
import { Engine } from '../engine/engine.js';
import type { RuleSpec } from '../engine/types.js';
import { UserError } from '../errors.js';
import { compileAllowlist, ConfigProblem, makeAllowlistFilter, type CompiledAllowlist } from './allowlist.js';
import { expandConfigFragments } from './fragments.js';
import { checkLinearPatterns } from './linear-check.js';
import type { EffectiveConfig, EffectiveScanDefaults } from './load.js';
import { parseSize } from './size.js';
import type { AllowlistSpec, TokguardConfig } from './types.js';

/** A size setting: a positive number of bytes, or a string such as `10MB`. */
function sizeSetting(value: string | number, where: string): number {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value > 0) return value;
    throw new ConfigProblem(where, 'must be a positive number of bytes');
  }
  if (typeof value !== 'string') throw new ConfigProblem(where, 'must be a size such as 10MB, or a number of bytes');
  let n: number;
  try {
    n = parseSize(value);
  } catch (e) {
    throw new ConfigProblem(where, (e as Error).message);
  }
  if (n <= 0) throw new ConfigProblem(where, 'must be larger than 0');
  return n;
}

function ruleWhere(index: number, id: string): string {
  return `rules[${index}] (id ${id})`;
}

function compileOrThrow(spec: RuleSpec, where: string): void {
  try {
    void compileRule(spec).regex; // builds the regex: an invalid pattern throws here
  } catch (e) {
    if (e instanceof RuleCompileError) throw new ConfigProblem(where, e.problem);
    throw e;
  }
  // What compiling alone does not check (the same checks the rule loaders run).
  if (!spec.pattern.includes('(?<secret>') && captureGroupCount(spec.pattern) < 1) {
    throw new ConfigProblem(where, 'pattern needs a capture group (or a group named "secret") for the secret');
  }
  if (new RegExp(spec.pattern, spec.caseInsensitive ? 'i' : '').test(''))
    throw new ConfigProblem(where, 'pattern matches the empty string');
}

/**
 * Rule-level `secrets` and `stopwords` go to the engine (checked before a finding exists). The
 * config's regexes are `userSecrets`: they run on the linear-time engine, the rule's own (a
 * built-in rule's, reviewed) as they are.
 */
function engineAllowlist(base: RuleSpec['allowlist'], extra: AllowlistSpec | undefined): RuleSpec['allowlist'] {
  const secrets = base?.secrets ?? [];
  const userSecrets = [...(base?.userSecrets ?? []), ...(extra?.secrets ?? [])];
  const stopwords = [...(base?.stopwords ?? []), ...(extra?.stopwords ?? [])];
  if (!secrets.length && !userSecrets.length && !stopwords.length) return undefined;
  return {
    ...(secrets.length ? { secrets } : {}),
    ...(userSecrets.length ? { userSecrets } : {}),
    ...(stopwords.length ? { stopwords } : {}),
  };
}

/** The rest of a rule-level allowlist is applied to findings (it needs the path, line or commit). */
function findingAllowlist(spec: AllowlistSpec | undefined): AllowlistSpec | undefined {
  if (!spec) return undefined;
  const { secrets: _s, stopwords: _w, description: _d, ...rest } = spec;
  return Object.values(rest).some((v) => Array.isArray(v) && v.length) ? rest : undefined;
}

function checkExamples(spec: RuleSpec, where: string): void {
  const engine = new Engine([spec]);
  spec.examples.forEach((ex, i) => {
    if (!engine.scan(Buffer.from(ex, 'utf8')).some((m) => m.ruleId === spec.id)) {
      throw new ConfigProblem(`${where}.examples[${i}]`, 'does not produce a finding of this rule');
    }
  });
  spec.counterExamples.forEach((ex, i) => {
    if (engine.scan(Buffer.from(ex, 'utf8')).some((m) => m.ruleId === spec.id)) {
      throw new ConfigProblem(`${where}.counterExamples[${i}]`, 'produces a finding of this rule');
    }
  });
}

/**
 * Applies a schema-valid config to the built-in rules. Synchronous and free of I/O, so tests can
 * feed it objects. `dir` is the config file's folder (relative paths in it are resolved there).
 */
export function buildEffectiveConfig(
  config: TokguardConfig,
  file: string,
  builtin: readonly RuleSpec[],
  dir: string,
): EffectiveConfig {
  config = expandConfigFragments(config, file);
  checkLinearPatterns(config, file);
  try {
    return build(config, file, builtin, dir);
  } catch (e) {
    if (e instanceof ConfigProblem) throw new UserError(`${file}: ${e.message}`);
    throw e;
  }
}

/** Per-rule allowlists applied to findings, by rule id (a custom rule's and its override's merge). */
type RuleAllowlists = Map<string, CompiledAllowlist>;

function addRuleAllowlist(perRule: RuleAllowlists, id: string, spec: AllowlistSpec | undefined, where: string): void {
  const rest = findingAllowlist(spec);
  if (!rest) return;
  const compiled = compileAllowlist(rest, where);
  const prev = perRule.get(id);
  perRule.set(
    id,
    prev
      ? {
          paths:
            prev.paths && compiled.paths ? (f) => prev.paths!(f) || compiled.paths!(f) : (prev.paths ?? compiled.paths),
          pathRegexes: [...prev.pathRegexes, ...compiled.pathRegexes],
          secrets: [...prev.secrets, ...compiled.secrets],
          lines: [...prev.lines, ...compiled.lines],
          stopwords: [...prev.stopwords, ...compiled.stopwords],
          commits: [...prev.commits, ...compiled.commits],
        }
      : compiled,
  );
}

/**
 * Stages, each throwing a ConfigProblem that names the setting: custom rules (compiled, their
 * examples run), the ids `disable` and `override` name, the rules in effect with overrides
 * applied, the global allowlist, the scan defaults.
 */
function build(config: TokguardConfig, file: string, builtin: readonly RuleSpec[], dir: string): EffectiveConfig {
  const base = config.extends === 'none' ? [] : builtin;
  const builtinIds = new Set(base.map((r) => r.id));
  const perRule: RuleAllowlists = new Map();
  const custom = customRules(config, file, builtinIds, perRule);
  const known = new Set([...builtinIds, ...custom.map((r) => r.id)]);
  const disabled = disabledIds(config, known);
  const overrides = config.override ?? {};
  for (const id of Object.keys(overrides)) {
    if (!known.has(id)) throw new ConfigProblem(`override.${id}`, `no rule with id "${id}" (see "tokguard rules")`);
  }
  const rules = rulesInEffect([...base, ...custom], disabled, overrides, perRule);
  // A config that leaves no rule would pass every scan: a mistake (a mistyped gitleaks config
  // once did it) unless the config says so with an explicitly empty `rules: []`.
  if (rules.length === 0 && !(Array.isArray(config.rules) && config.rules.length === 0))
    throw new ConfigProblem(
      'rules',
      'this config leaves no rule to scan with; if that is what you mean, say so with "rules: []"',
    );
  const global = config.allowlist ? compileAllowlist(config.allowlist, 'allowlist') : undefined;
  const scan = scanDefaults(config.scan ?? {}, dir);
  const allowlist = makeAllowlistFilter(global, perRule);
  return {
    file,
    rules,
    ...(allowlist ? { allowlist } : {}),
    scan,
    ...(config.rotation ? { rotation: config.rotation } : {}),
    notices: [],
  };
}

/** The config's own rules: unique ids, examples required (unless imported), compiled and checked. */
function customRules(
  config: TokguardConfig,
  file: string,
  builtinIds: ReadonlySet<string>,
  perRule: RuleAllowlists,
): RuleSpec[] {
  const custom: RuleSpec[] = [];
  const customIds = new Set<string>();
  (config.rules ?? []).forEach((r, i) => {
    const where = ruleWhere(i, r.id);
    if (builtinIds.has(r.id))
      throw new ConfigProblem(
        `${where}.id`,
        'a built-in rule already has this id (use "override:" to change it, or pick another id)',
      );
    if (customIds.has(r.id)) throw new ConfigProblem(`${where}.id`, 'duplicate id');
    customIds.add(r.id);
    const { allowlist, origin, examples, counterExamples, ...rest } = r;
    if (!origin && !(examples ?? []).length) {
      throw new ConfigProblem(
        `${where}.examples`,
        'needs at least one example that must produce a finding (only rules imported from gitleaks may omit them)',
      );
    }
    if (allowlist) compileAllowlist(allowlist, `${where}.allowlist`);
    const allow = engineAllowlist(undefined, allowlist);
    const spec: RuleSpec = {
      ...rest,
      ...(allow ? { allowlist: allow } : {}),
      examples: examples ?? [],
      counterExamples: counterExamples ?? [],
      source: file,
      linear: true,
    };
    compileOrThrow(spec, where);
    if (allowlist) addRuleAllowlist(perRule, r.id, allowlist, `${where}.allowlist`);
    checkExamples(spec, where);
    custom.push(spec);
  });
  return custom;
}

function disabledIds(config: TokguardConfig, known: ReadonlySet<string>): Set<string> {
  const disabled = new Set<string>();
  (config.disable ?? []).forEach((id, i) => {
    if (!known.has(id)) throw new ConfigProblem(`disable[${i}]`, `no rule with id "${id}" (see "tokguard rules")`);
    disabled.add(id);
  });
  return disabled;
}

/** Every rule not disabled, with its override (if any) merged in and compiled again. */
function rulesInEffect(
  all: readonly RuleSpec[],
  disabled: ReadonlySet<string>,
  overrides: NonNullable<TokguardConfig['override']>,
  perRule: RuleAllowlists,
): RuleSpec[] {
  const rules: RuleSpec[] = [];
  for (const rule of all) {
    if (disabled.has(rule.id)) continue;
    const o = overrides[rule.id];
    if (!o) {
      rules.push(rule);
      continue;
    }
    const { allowlist, ...fields } = o;
    if (allowlist) compileAllowlist(allowlist, `override.${rule.id}.allowlist`);
    const merged: RuleSpec = { ...rule, ...fields };
    // `startsWithKeyword` and `minRun` are claims about the rule's own pattern and keywords,
    // which a new pattern or keyword list may not keep: dropped, the rule runs like any other
    // (slower, never wrong).
    if (fields.keywords !== undefined || fields.pattern !== undefined) delete merged.startsWithKeyword;
    if (fields.pattern !== undefined) delete merged.minRun;
    // A pattern from the config runs on the linear-time engine, like a custom rule's.
    if (fields.pattern !== undefined) merged.linear = true;
    const allow = engineAllowlist(rule.allowlist, allowlist);
    if (allow) merged.allowlist = allow;
    compileOrThrow(merged, `override.${rule.id}`);
    if (allowlist) addRuleAllowlist(perRule, rule.id, allowlist, `override.${rule.id}.allowlist`);
    rules.push(merged);
  }
  return rules;
}

/** The `scan:` section with sizes in bytes and the baseline path resolved against the config's folder. */
function scanDefaults(s: NonNullable<TokguardConfig['scan']>, dir: string): EffectiveScanDefaults {
  const scan: EffectiveScanDefaults = {};
  if (s.maxFileSize !== undefined) scan.maxFileSize = sizeSetting(s.maxFileSize, 'scan.maxFileSize');
  if (s.include) scan.include = s.include;
  if (s.exclude) scan.exclude = s.exclude;
  if (s.failOn) scan.failOn = s.failOn;
  if (s.threads !== undefined) scan.threads = s.threads;
  if (s.gitignore !== undefined) scan.gitignore = s.gitignore;
  if (s.baseline) scan.baseline = path.resolve(dir, s.baseline);
  return scan;
}
