import { createRequire } from 'node:module';
import type Picomatch from 'picomatch';
import { compileAllowRegex } from '../engine/compile.js';
import type { Finding } from '../report/finding.js';
import type { AllowlistSpec } from './types.js';

/** Thrown while compiling; the loader adds the file name. `where` is a key path. */
export class ConfigProblem extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}

/** A regex from the config; a leading `(?i)` (as in gitleaks and the rule allowlists) ignores case. */
export function compileRegex(source: string, where: string): RegExp {
  try {
    return compileAllowRegex(source);
  } catch (e) {
    throw new ConfigProblem(
      where,
      `not a valid regex: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`,
    );
  }
}

let loadedPicomatch: typeof Picomatch | undefined;

/**
 * picomatch, loaded when a config first asks for a glob: most projects have none, and the
 * pre-commit hook should not pay for parsing it.
 */
function picomatch(...args: Parameters<typeof Picomatch>): ReturnType<typeof Picomatch> {
  loadedPicomatch ??= createRequire(import.meta.url)('picomatch') as typeof Picomatch;
  return loadedPicomatch(...args);
}

/**
 * Glob matcher over repository-relative paths, gitignore-like: a pattern also matches the files
 * below a matching directory, and a pattern without a slash matches a file or directory name at
 * any depth (`*.lock`, `node_modules`).
 */
export function globMatcher(globs: string[]): (file: string) => boolean {
  const anchored = globs.filter((g) => g.includes('/')).map((g) => g.replace(/^\/+/, '').replace(/\/+$/, ''));
  const names = globs.filter((g) => !g.includes('/'));
  const fullMatch = anchored.length ? picomatch(anchored, { dot: true }) : () => false;
  const nameMatch = names.length ? picomatch(names, { dot: true }) : () => false;
  return (file) => {
    if (fullMatch(file)) return true;
    for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
      if (fullMatch(file.slice(0, i))) return true;
    }
    return names.length > 0 && file.split('/').some((segment) => nameMatch(segment));
  };
}

export interface CompiledAllowlist {
  paths?: (file: string) => boolean;
  pathRegexes: RegExp[];
  secrets: RegExp[];
  lines: RegExp[];
  stopwords: string[];
  commits: string[];
}

export function compileAllowlist(spec: AllowlistSpec, where: string): CompiledAllowlist {
  return {
    ...(spec.paths?.length ? { paths: globMatcher(spec.paths) } : {}),
    pathRegexes: (spec.pathRegexes ?? []).map((s, i) => compileRegex(s, `${where}.pathRegexes[${i}]`)),
    secrets: (spec.secrets ?? []).map((s, i) => compileRegex(s, `${where}.secrets[${i}]`)),
    lines: (spec.lines ?? []).map((s, i) => compileRegex(s, `${where}.lines[${i}]`)),
    stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
    commits: (spec.commits ?? []).map((c) => c.toLowerCase()),
  };
}

export function isEmptyAllowlist(a: CompiledAllowlist): boolean {
  return (
    !a.paths &&
    !a.pathRegexes.length &&
    !a.secrets.length &&
    !a.lines.length &&
    !a.stopwords.length &&
    !a.commits.length
  );
}

/** The line as it was scanned: the finding shows it redacted, the allowlist matches the original. */
function originalLine(f: Finding): string {
  return f.rawLine ?? f.lineText;
}

/** True when any entry of the allowlist covers the finding (entries are alternatives). */
export function allows(a: CompiledAllowlist, f: Finding): boolean {
  if (a.paths?.(f.file)) return true;
  if (a.pathRegexes.some((re) => re.test(f.file))) return true;
  if (a.secrets.some((re) => re.test(f.secret))) return true;
  if (a.stopwords.length) {
    const lower = f.secret.toLowerCase();
    if (a.stopwords.some((w) => lower.includes(w))) return true;
  }
  if (a.lines.length) {
    const line = originalLine(f);
    if (a.lines.some((re) => re.test(line))) return true;
  }
  if (a.commits.length && f.commit) {
    const sha = f.commit.sha.toLowerCase();
    if (a.commits.some((c) => sha.startsWith(c))) return true;
  }
  return false;
}

/**
 * The `keep` predicate for collectFindings: drops findings covered by the global allowlist or
 * by their rule's allowlist. Returns undefined when there is nothing to filter.
 */
export function makeAllowlistFilter(
  global: CompiledAllowlist | undefined,
  perRule: ReadonlyMap<string, CompiledAllowlist>,
): ((f: Finding) => boolean) | undefined {
  const g = global && !isEmptyAllowlist(global) ? global : undefined;
  const rules = new Map([...perRule].filter(([, a]) => !isEmptyAllowlist(a)));
  if (!g && rules.size === 0) return undefined;
  return (f) => {
    if (g && allows(g, f)) return false;
    const r = rules.get(f.ruleId);
    return !(r && allows(r, f));
  };
}
