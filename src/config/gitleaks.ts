/**
 * Migration from gitleaks: translates a `.gitleaks.toml` (v8) into a tokguard config object —
 * its custom rules, its allowlists and the default rules it disables — and lists, one line each,
 * what could not be carried over or was approximated. Used by `--config .gitleaks.toml` and by
 * `tokguard config import-gitleaks`.
 */
import { parse, TomlError } from 'smol-toml';
import type { RuleSpec } from '../engine/types.js';
import { UserError } from '../errors.js';
import { checkGitleaksTypes } from './gitleaks-types.js';
import { translateGoRegex, translateGoRegexNoFlags, UntranslatableRegex } from './regex-translate.js';
import type { AllowlistSpec, CustomRuleSpec, TokguardConfig } from './types.js';

export interface GitleaksImport {
  config: TokguardConfig;
  /** `<file>: <where>: <what>` for everything dropped or approximated. */
  notices: string[];
}

type Table = Record<string, unknown>;

const ID_RE = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
const RULE_KEYS = new Set([
  'id',
  'description',
  'regex',
  'secretGroup',
  'entropy',
  'keywords',
  'path',
  'tags',
  'allowlist',
  'allowlists',
  'required',
  'skipReport',
]);
const ALLOWLIST_KEYS = new Set([
  'description',
  'regexTarget',
  'regexes',
  'paths',
  'commits',
  'stopwords',
  'condition',
  'targetRules',
]);
const TOP_KEYS = new Set(['title', 'description', 'extend', 'rules', 'allowlist', 'allowlists', 'minVersion']);

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function normaliseId(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

function mergeAllowlists(a: AllowlistSpec | undefined, b: AllowlistSpec): AllowlistSpec {
  if (!a) return b;
  const out: AllowlistSpec = { ...a };
  for (const key of ['paths', 'pathRegexes', 'secrets', 'lines', 'stopwords', 'commits'] as const) {
    const merged = [...(a[key] ?? []), ...(b[key] ?? [])];
    if (merged.length) out[key] = [...new Set(merged)];
  }
  return out;
}

function isEmpty(a: AllowlistSpec): boolean {
  return !['paths', 'pathRegexes', 'secrets', 'lines', 'stopwords', 'commits'].some(
    (k) => (a[k as keyof AllowlistSpec] as string[] | undefined)?.length,
  );
}

type Note = (where: string, what: string) => void;

/** What the stages of one file's translation share. */
interface ImportContext {
  note: Note;
  config: TokguardConfig;
  builtinIds: ReadonlySet<string>;
  /** The rules imported so far. */
  rules: CustomRuleSpec[];
  /** gitleaks rule id → the tokguard id it was imported as. */
  idMap: Map<string, string>;
}

/**
 * Stages: parse the TOML; `[extend]` (default rules on or off, disabled ones); each `[[rules]]`
 * entry (id, regex, keywords, entropy, its own allowlists); then the global allowlists, which
 * may target imported or built-in rules.
 *
 * @param builtin the built-in rules, to keep `disabledRules` entries that name one of ours and
 *   to avoid id clashes.
 */
export function importGitleaksConfig(text: string, file: string, builtin: readonly RuleSpec[] = []): GitleaksImport {
  const data = parseToml(text, file);
  checkGitleaksTypes(data, file);
  const notices: string[] = [];
  const note: Note = (where, what) => {
    notices.push(`${file}: ${where}: ${what}`);
  };
  for (const key of Object.keys(data)) if (!TOP_KEYS.has(key)) note(key, 'unknown gitleaks key, ignored');
  const ctx: ImportContext = {
    note,
    config: {},
    builtinIds: new Set(builtin.map((r) => r.id)),
    rules: [],
    idMap: new Map(),
  };
  translateExtend(data.extend, ctx);
  const rawRules = Array.isArray(data.rules) ? data.rules : [];
  rawRules.forEach((raw, index) => {
    const rule = translateRule(raw, index, ctx);
    if (rule) ctx.rules.push(rule);
  });
  // `rules = []` stays: it is how a config says it means to have no rules of its own.
  if (ctx.rules.length || (Array.isArray(data.rules) && data.rules.length === 0)) ctx.config.rules = ctx.rules;
  translateGlobalAllowlists(data, ctx);
  return { config: ctx.config, notices };
}

function parseToml(text: string, file: string): Table {
  try {
    return parse(text) as Table;
  } catch (e) {
    if (e instanceof TomlError)
      throw new UserError(`${file}: line ${e.line}, column ${e.column}: not valid TOML: ${e.message.split('\n')[0]}`);
    throw new UserError(`${file}: not valid TOML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** `[extend]`: whether the default rules stay on, and which of them are disabled. */
function translateExtend(raw: unknown, { config, builtinIds, note }: ImportContext): void {
  const extend = isTable(raw) ? raw : undefined;
  config.extends = extend?.useDefault === true ? 'default' : 'none';
  if (extend?.path !== undefined)
    note(
      'extend.path',
      `extending another file (${String(extend.path)}) is not supported; merge its rules into this file`,
    );
  if (extend?.url !== undefined) note('extend.url', 'extending a remote config is not supported');
  const disabled = strings(extend?.disabledRules);
  if (disabled.length && config.extends === 'default') {
    const ours = disabled.filter((id) => builtinIds.has(id));
    const theirs = disabled.filter((id) => !builtinIds.has(id));
    if (ours.length) config.disable = ours;
    if (theirs.length)
      note(
        'extend.disabledRules',
        `${theirs.join(', ')}: gitleaks built-in rule ids with no tokguard rule of the same id; use "disable:" with ids from "tokguard rules"`,
      );
  }
}

/** One `[[rules]]` entry, or undefined (with a note saying why) when it cannot be imported. */
function translateRule(raw: unknown, index: number, ctx: ImportContext): CustomRuleSpec | undefined {
  const { note } = ctx;
  const skip = (where: string, why: string): undefined => {
    note(where, why);
    return undefined;
  };
  const where0 = `rules[${index}]`;
  if (!isTable(raw)) return skip(where0, 'not a table, skipped');
  const gid = typeof raw.id === 'string' ? raw.id : '';
  const where = gid ? `${where0} (id ${gid})` : where0;
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) note(`${where}.${key}`, 'unknown gitleaks key, ignored');
  if (!gid) return skip(where, 'rule without an id, skipped');
  if (raw.skipReport === true)
    return skip(where, 'skipReport rules (parts of composite rules) are not supported, skipped');
  if (typeof raw.regex !== 'string' || raw.regex === '')
    return skip(where, 'path-only rules (no regex) are not supported, skipped');
  const id = importedId(gid, index, ctx);
  if (id !== gid) note(where, `imported as "${id}" (tokguard ids are lowercase, kebab-case and unique)`);
  ctx.idMap.set(gid, id);

  const translated = translateRulePattern(raw.regex, raw.secretGroup, where, note);
  if (!translated) return undefined;
  const description = typeof raw.description === 'string' ? raw.description.trim() : '';
  const keywords = translateKeywords(raw.keywords, where, note);
  const tags = strings(raw.tags).filter((t) => t.length > 0);
  let entropy: number | undefined;
  if (typeof raw.entropy === 'number') {
    if (raw.entropy >= 0 && raw.entropy <= 8) entropy = raw.entropy;
    else note(`${where}.entropy`, `${raw.entropy} is outside 0–8 bits per character, dropped`);
  }
  const rule: CustomRuleSpec = {
    id,
    name: (description || gid).slice(0, 200),
    ...(description.length > 200 ? { description } : {}),
    severity: 'high',
    ...(tags.length ? { tags } : {}),
    keywords,
    pattern: translated.pattern,
    ...(translated.caseInsensitive ? { caseInsensitive: true } : {}),
    ...(entropy !== undefined ? { entropy } : {}),
    origin: 'gitleaks',
  };
  if (raw.path !== undefined)
    note(`${where}.path`, 'restricting a rule to paths is not supported: the rule runs on every file');
  if (raw.required !== undefined)
    note(`${where}.required`, 'composite rules are not supported: the rule reports without its required companions');
  translateRuleAllowlists(raw, rule, where, note);
  return rule;
}

/** A tokguard id for a gitleaks one: kebab-case, and unique among built-in and imported rules. */
function importedId(gid: string, index: number, { config, builtinIds, rules }: ImportContext): string {
  let id = normaliseId(gid);
  if (!ID_RE.test(id)) id = `gitleaks-rule-${index + 1}`;
  if ((config.extends === 'default' && builtinIds.has(id)) || rules.some((r) => r.id === id)) id = `${id}-gitleaks`;
  return id;
}

/** The rule's regex, translated, with one capture group for the secret; undefined if it cannot be. */
function translateRulePattern(
  regex: string,
  rawSecretGroup: unknown,
  where: string,
  note: Note,
): { pattern: string; caseInsensitive: boolean } | undefined {
  const secretGroup = typeof rawSecretGroup === 'number' && rawSecretGroup > 0 ? rawSecretGroup : undefined;
  try {
    const t = translateGoRegex(regex, secretGroup ? { secretGroup } : {});
    if (!secretGroup && t.groups > 1)
      note(
        `${where}.regex`,
        'the secret is taken from group 1 (gitleaks takes the first non-empty group); set secretGroup if that is wrong',
      );
    return { pattern: t.groups === 0 ? `(${t.source})` : t.source, caseInsensitive: t.caseInsensitive };
  } catch (e) {
    if (!(e instanceof UntranslatableRegex)) throw e;
    note(`${where}.regex`, `${e.message}; rule skipped`);
    return undefined;
  }
}

/** Keywords the prefilter can use: printable ASCII, two characters or more. */
function translateKeywords(raw: unknown, where: string, note: Note): string[] {
  const keywords: string[] = [];
  for (const kw of strings(raw)) {
    if (kw.length >= 2 && /^[\x20-\x7e]+$/.test(kw)) keywords.push(kw);
    else
      note(`${where}.keywords`, `keyword "${kw}" dropped (keywords must be printable ASCII, two characters or more)`);
  }
  if (strings(raw).length && !keywords.length)
    note(`${where}.keywords`, 'no usable keyword left: the rule runs on every file');
  return keywords;
}

/** A rule's own `allowlist` and `[[rules.allowlists]]`, merged into one. */
function translateRuleAllowlists(raw: Table, rule: CustomRuleSpec, where: string, note: Note): void {
  const allowlists = [
    ...(isTable(raw.allowlist) ? [raw.allowlist] : []),
    ...(Array.isArray(raw.allowlists) ? raw.allowlists : []),
  ];
  allowlists.forEach((a, j) => {
    const aw =
      isTable(raw.allowlist) && j === 0
        ? `${where}.allowlist`
        : `${where}.allowlists[${isTable(raw.allowlist) ? j - 1 : j}]`;
    const spec = translateAllowlist(a, aw, note);
    if (spec) rule.allowlist = mergeAllowlists(rule.allowlist, spec);
  });
}

/** Global allowlists: `[allowlist]` and `[[allowlists]]` (the latter may target rules). */
function translateGlobalAllowlists(data: Table, { config, builtinIds, rules, idMap, note }: ImportContext): void {
  const globals = [
    ...(isTable(data.allowlist) ? [data.allowlist] : []),
    ...(Array.isArray(data.allowlists) ? data.allowlists : []),
  ];
  globals.forEach((a, j) => {
    const aw = isTable(data.allowlist) && j === 0 ? 'allowlist' : `allowlists[${isTable(data.allowlist) ? j - 1 : j}]`;
    const spec = translateAllowlist(a, aw, note);
    if (!spec) return;
    const targets = isTable(a) ? strings(a.targetRules) : [];
    if (!targets.length) {
      config.allowlist = mergeAllowlists(config.allowlist, spec);
      return;
    }
    for (const target of targets) {
      const imported = idMap.get(target);
      const rule = imported ? rules.find((r) => r.id === imported) : undefined;
      if (rule) rule.allowlist = mergeAllowlists(rule.allowlist, spec);
      else if (config.extends === 'default' && builtinIds.has(target)) {
        config.override ??= {};
        config.override[target] = { allowlist: mergeAllowlists(config.override[target]?.allowlist, spec) };
      } else
        note(
          `${aw}.targetRules`,
          `"${target}" is not a rule of this config nor a tokguard rule; that part of the allowlist is dropped`,
        );
    }
  });
}

function translateAllowlist(
  raw: unknown,
  where: string,
  note: (where: string, what: string) => void,
): AllowlistSpec | undefined {
  if (!isTable(raw)) {
    note(where, 'not a table, skipped');
    return undefined;
  }
  for (const key of Object.keys(raw))
    if (!ALLOWLIST_KEYS.has(key)) note(`${where}.${key}`, 'unknown gitleaks key, ignored');
  const kinds = ['regexes', 'paths', 'commits', 'stopwords'].filter((k) => strings(raw[k]).length);
  if (typeof raw.condition === 'string' && raw.condition.toUpperCase() === 'AND' && kinds.length > 1) {
    note(
      where,
      `condition = "AND" across ${kinds.join(', ')} is not supported; allowlist skipped (its findings are reported)`,
    );
    return undefined;
  }
  const spec: AllowlistSpec = {};
  if (typeof raw.description === 'string' && raw.description) spec.description = raw.description;
  const target = typeof raw.regexTarget === 'string' ? raw.regexTarget : 'secret';
  // Each regex that cannot be translated is dropped, with a note naming it.
  const translateEach = (list: unknown, key: string): string[] =>
    strings(list).flatMap((re, i) => {
      try {
        return [translateGoRegexNoFlags(re)];
      } catch (e) {
        if (!(e instanceof UntranslatableRegex)) throw e;
        note(`${where}.${key}[${i}]`, `${e.message}; dropped`);
        return [];
      }
    });
  const regexes = translateEach(raw.regexes, 'regexes');
  if (regexes.length) {
    if (target === 'secret') spec.secrets = regexes;
    else if (target === 'line') spec.lines = regexes;
    else if (target === 'match') {
      spec.lines = regexes;
      note(
        `${where}.regexTarget`,
        '"match" is approximated by "line": the regexes are tried on the whole line holding the secret',
      );
    } else note(`${where}.regexTarget`, `unknown target "${target}"; regexes dropped`);
  }
  const paths = translateEach(raw.paths, 'paths');
  if (paths.length) spec.pathRegexes = paths;
  const commits = strings(raw.commits).filter((c) => {
    const ok = /^[0-9a-fA-F]{4,64}$/.test(c);
    if (!ok) note(`${where}.commits`, `"${c}" is not a commit id; dropped`);
    return ok;
  });
  if (commits.length) spec.commits = commits;
  const stopwords = strings(raw.stopwords).filter((w) => w.length > 0);
  if (stopwords.length) spec.stopwords = stopwords;
  return isEmpty(spec) ? undefined : spec;
}
