/**
 * The project config: `.tokguard.yaml` (or `.tokguard.yml`) at the repository root, or the file
 * given with `--config` (a `.gitleaks.toml` is translated on the fly). Loading validates the
 * schema (a generated ajv validator), then what a schema cannot: regexes compile, rule ids that
 * `disable` and `override` name exist, custom rules compile and their examples behave.
 *
 * Without a config file nothing here loads a parser: the pre-commit path stays a stat or two.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RuleSpec } from '../engine/types.js';
import { UserError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import { loadBuiltinRules } from '../rules/builtin.js';
import { findRepoRoot } from '../repo-root.js';
import { globMatcher } from './allowlist.js';
import type { ScanDefaults, TokguardConfig } from './types.js';

export const CONFIG_FILE_NAMES = ['.tokguard.yaml', '.tokguard.yml'] as const;

/**
 * The config's `scan:` section after loading: sizes parsed to bytes, and `baseline` an absolute
 * path (a relative one is resolved against the config file's folder).
 */
export type EffectiveScanDefaults = Omit<ScanDefaults, 'maxFileSize'> & { maxFileSize?: number };

export interface EffectiveConfig {
  /** The config file as the user would name it (relative to the working directory); undefined when there is none. */
  file?: string;
  /**
   * The config file's path relative to its repository root (as findings name files): the
   * examples of the custom rules it defines are not findings.
   */
  selfPath?: string;
  /** Built-in rules (unless `extends: none`) minus `disable`, with `override` applied, plus custom rules. */
  rules: RuleSpec[];
  /** Drops findings covered by an allowlist (global or per rule). Undefined when there is none. */
  allowlist?: (f: Finding) => boolean;
  scan: EffectiveScanDefaults;
  /** The raw `rotation:` section, for src/rotate/config.ts. */
  rotation?: Record<string, unknown>;
  /** Things a translated config (gitleaks) could not carry over, one line each. */
  notices: string[];
}

export interface LoadConfigOptions {
  /** `--config FILE`, as given. */
  config?: string;
  /** What is being scanned (absolute); the config is looked up at its repository root. */
  root: string;
}

/** `.tokguard.yaml`/`.yml` at the repository root holding `root` (or at `root` outside a repository). */
export function findConfigFile(root: string): string | undefined {
  let dir = findRepoRoot(root);
  if (!dir) {
    try {
      dir = statSync(root).isFile() ? path.dirname(root) : root;
    } catch {
      dir = root;
    }
  }
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function displayName(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

export async function loadEffectiveConfig(options: LoadConfigOptions): Promise<EffectiveConfig> {
  let abs: string | undefined;
  let name: string | undefined;
  if (options.config !== undefined) {
    abs = path.resolve(options.config);
    name = options.config;
    if (!existsSync(abs)) throw new UserError(`${name}: config file not found`);
  } else {
    abs = findConfigFile(options.root);
    if (abs) name = displayName(abs);
  }
  if (!abs || !name) return { rules: loadBuiltinRules(), scan: {}, notices: [] };
  const { config, notices } = await readConfigFile(abs, name);
  const { buildEffectiveConfig } = await import('./build.js');
  const eff = buildEffectiveConfig(config, name, loadBuiltinRules(), path.dirname(abs));
  if (options.config === undefined && eff.scan.baseline !== undefined)
    checkRepositoryBaseline(eff.scan.baseline, path.dirname(abs), name);
  eff.notices.unshift(...notices);
  eff.selfPath = path
    .relative(findRepoRoot(path.dirname(abs)) ?? path.dirname(abs), abs)
    .split(path.sep)
    .join('/');
  return eff;
}

/**
 * `tokguard baseline` and `--update-baseline` write the baseline a config names, and a scan reads
 * it (and may quote it in an error). So the config a repository carries may name a baseline only
 * inside the repository, and not through a symbolic link there: `scan.baseline: ../../.bashrc`
 * would have a scan of a hostile clone overwrite or read a file of the user's. A config given
 * with --config is the user's own choice, and so is --baseline.
 */
function checkRepositoryBaseline(file: string, root: string, name: string): void {
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel))
    throw new UserError(
      `${name}: scan.baseline: must name a file inside the repository; pass --baseline to use another`,
    );
  let at = root;
  for (const part of rel.split(path.sep)) {
    at = path.join(at, part);
    let link: boolean;
    try {
      link = lstatSync(at).isSymbolicLink();
    } catch {
      return; // not there (yet): nothing to follow
    }
    if (link)
      throw new UserError(
        `${name}: scan.baseline: ${path.relative(root, at)} is a symbolic link; pass --baseline to use it`,
      );
  }
}

/** Reads and parses a config file (YAML, or a gitleaks TOML config), then checks its schema. */
export async function readConfigFile(
  abs: string,
  name: string,
): Promise<{ config: TokguardConfig; notices: string[] }> {
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      `${name}: cannot read config: ${code === 'EISDIR' ? 'is a directory' : (code ?? (e as Error).message)}`,
    );
  }
  if (/\.toml$/i.test(abs)) {
    const { importGitleaksConfig } = await import('./gitleaks.js');
    const { config, notices } = importGitleaksConfig(text, name, loadBuiltinRules());
    await checkSchema(config, name);
    return { config: config as TokguardConfig, notices };
  }
  const data = await parseYamlConfig(text, name);
  await checkSchema(data, name);
  return { config: data as TokguardConfig, notices: [] };
}

export async function parseYamlConfig(text: string, name: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  // logLevel 'error': yaml's warnings (a collection used as a key) would go to stderr as Node
  // process warnings, two more lines around the one-line error the schema check gives.
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'error' });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    const where = pos ? `line ${pos.line}, column ${pos.col}` : 'YAML';
    throw new UserError(
      `${name}: ${where}: not valid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // yaml refuses alias bombs ("billion laughs") with a plain Error; that is bad input, not a bug.
    const why = /alias count/i.test((e as Error).message)
      ? 'too many alias expansions (more than 100; a "billion laughs" document?)'
      : (e as Error).message.split('\n')[0]!;
    throw new UserError(`${name}: not a usable YAML document: ${why}`);
  }
  return data ?? {};
}

async function checkSchema(data: unknown, name: string): Promise<void> {
  const [{ validateConfig }, { describeSchemaError }] = await Promise.all([
    import('../generated/schema-validators.js'),
    import('../rules/validate.js'),
  ]);
  if (!validateConfig(data)) throw new UserError(`${name}: ${describeSchemaError(data, validateConfig.errors![0]!)}`);
}

/**
 * The `keep` predicate for collectFindings: the allowlists, plus the config's `scan.include` /
 * `scan.exclude` applied to the finding's repository-relative path (so they hold for staged and
 * history scans, and for a scan of a subfolder, too). `cliInclude`: `--include` was given and
 * replaces `scan.include`.
 */
export function findingFilter(
  eff: EffectiveConfig,
  options: { cliInclude?: boolean } = {},
): ((f: Finding) => boolean) | undefined {
  const include = !options.cliInclude && eff.scan.include?.length ? globMatcher(eff.scan.include) : undefined;
  const exclude = eff.scan.exclude?.length ? globMatcher(eff.scan.exclude) : undefined;
  const allow = eff.allowlist;
  const custom = new Set(eff.rules.filter((r) => r.source === eff.file).map((r) => r.id));
  const self = custom.size ? eff.selfPath : undefined;
  if (!include && !exclude && !allow && !self) return undefined;
  return (f) => {
    if (self && f.file === self && custom.has(f.ruleId)) return false;
    if (include && !include(f.file)) return false;
    if (exclude?.(f.file)) return false;
    return allow ? allow(f) : true;
  };
}
