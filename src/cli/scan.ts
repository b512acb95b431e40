/**
 * `tokguard scan` (and `tokguard baseline`) on the command line: parse the options, run the
 * scan pipeline (src/scan/pipeline.ts), print the report and the summary, pick the exit code.
 */
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RuleSpec, Severity } from '../engine/types.js';
import { DEFAULT_FAIL_ON, failsBuild, parseConfidence, parseSeverity } from '../report/filters.js';
import { renderReport, type ReportInput, type RepositoryResult } from '../report/report.js';
import type { ScanStats } from '../report/scan-stats.js';
import type { Finding } from '../report/finding.js';
import { runScan, type ScanOptions, type ScanOutcome } from '../scan/pipeline.js';
import { VERSION } from '../version.js';
import { parseSize } from '../config/size.js';
import { colorEnabled, makeChalk } from './output.js';
import type { ScanCliOptions } from './scan-command.js';
import { skippedLine, summaryLine } from '../report/format-text.js';
import { startProgress } from './progress.js';
import { writeOutput } from './write-output.js';
import { printable } from '../report/terminal.js';
import type { Shard } from '../scan/shard.js';

interface GlobalOptions {
  color?: boolean;
}

/** What the command line asked for, checked; `scan` is what the pipeline gets. */
interface ParsedScanOptions {
  scan: ScanOptions;
  exitOnFindings: number;
  /** `--fail-on`; undefined: the config's scan.failOn, else DEFAULT_FAIL_ON. */
  failOn?: Severity;
}

export function parseIntOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UserError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

export function parseScanOptions(
  target: string,
  opts: ScanCliOptions,
  writeBaseline: boolean,
  shard?: Shard,
): ParsedScanOptions {
  const exitOnFindings = parseIntOption('--exit-code', opts.exitCode, 0, 255) ?? 1;
  const threads = parseIntOption('--threads', opts.threads, 0, 64);
  let maxFileSize: number | undefined;
  if (opts.maxFileSize !== undefined) {
    try {
      maxFileSize = parseSize(opts.maxFileSize);
    } catch (e) {
      throw new UserError(`--max-file-size: ${(e as Error).message}`);
    }
  }
  const modes = [opts.staged, opts.history].filter(Boolean).length;
  if (modes > 1) throw new UserError('--staged and --history cannot be used together');
  if ((opts.branch || opts.since || opts.range) && !opts.history)
    throw new UserError('--branch, --since and --range need --history');
  if (opts.verify && opts.staged)
    throw new UserError('--verify cannot be used with --staged: the pre-commit path never sends secrets anywhere');
  if ((opts.failOnLive || opts.trustRepoVerifiers || opts.verifyTimeout || opts.verifyMaxTime) && !opts.verify)
    throw new UserError('--fail-on-live, --trust-repo-verifiers, --verify-timeout and --verify-max-time need --verify');
  let failOn: Severity | undefined;
  if (opts.failOn !== undefined) {
    try {
      failOn = parseSeverity(opts.failOn, '--fail-on');
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  if (opts.shardTotal !== undefined && opts.shard === undefined)
    throw new UserError('--shard-total needs --shard auto');
  if (opts.state !== undefined && !opts.history) throw new UserError('--state needs --history');
  if (opts.newOnly && opts.state === undefined) throw new UserError('--new-only needs --state FILE');
  if (shard && opts.staged) throw new UserError('--shard cannot be used with --staged');
  if (shard && target === '-') throw new UserError('--shard cannot be used with standard input');
  let minConfidence: ScanOptions['minConfidence'];
  if (opts.minConfidence !== undefined) {
    try {
      minConfidence = parseConfidence(opts.minConfidence, '--min-confidence');
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  const scan: ScanOptions = {
    target,
    mode: opts.staged ? 'staged' : opts.history ? 'history' : target === '-' ? 'stdin' : 'worktree',
    gitignore: opts.gitignore,
    ...defined({
      config: opts.config,
      include: opts.include,
      exclude: opts.exclude,
      maxFileSize,
      threads,
      branch: opts.branch,
      since: opts.since,
      range: opts.range,
      baseline: opts.baseline,
      minConfidence,
    }),
    ...(opts.updateBaseline ? { updateBaseline: true } : {}),
    ...(shard ? { shard } : {}),
    ...(opts.state !== undefined
      ? { state: { file: opts.state, newOnly: Boolean(opts.newOnly), secrets: Boolean(opts.showSecrets) } }
      : {}),
    ...(writeBaseline ? { postFilters: false } : {}),
    ...(opts.verify && !writeBaseline
      ? {
          verify: {
            trustRepoVerifiers: Boolean(opts.trustRepoVerifiers),
            ...defined({ timeout: opts.verifyTimeout, maxTime: opts.verifyMaxTime }),
          },
        }
      : {}),
  };
  return { scan, exitOnFindings, ...(failOn ? { failOn } : {}) };
}

/** The fields of `o` that are not undefined (the options types are exact about optional fields). */
function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * `internal.writeBaseline` (`tokguard baseline`): write the findings to the baseline file
 * (`--baseline`, else the config's `scan.baseline`, else `.tokguard-baseline.json` at the
 * repository root) instead of reporting them.
 */
export async function runScanCommand(
  target: string,
  opts: ScanCliOptions,
  globals: GlobalOptions,
  internal: { writeBaseline?: boolean } = {},
): Promise<number> {
  if (opts.repos !== undefined) {
    const { runReposCommand } = await import('./repos.js');
    return runReposCommand(target, opts, globals);
  }
  if (opts.jobs !== undefined || opts.repoTimeout !== undefined)
    throw new UserError('--jobs and --repo-timeout need --repos');
  // Loaded only when asked for: the pre-commit path never shards.
  const shard =
    opts.shard !== undefined
      ? (await import('../scan/shard.js')).parseShard(opts.shard, process.env, opts.shardTotal)
      : undefined;
  const parsed = parseScanOptions(target, opts, Boolean(internal.writeBaseline), shard);
  const outcome = await runScan(parsed.scan, {
    warn: (line) => process.stderr.write(`tokguard: ${printable(line)}\n`),
    info: (line) => {
      if (!opts.quiet) process.stderr.write(`tokguard: ${printable(line)}\n`);
    },
    progress: (files) => startProgress(opts.progress !== false && !opts.quiet, () => `Scanning… ${files()} files`),
    ...(process.env.TOKGUARD_DEBUG
      ? { debug: (line: string) => process.stderr.write(`tokguard: debug: ${line}\n`) }
      : {}),
  });
  const { findings, stats } = outcome;

  if (internal.writeBaseline) {
    for (const u of stats.unreadable) process.stderr.write(`tokguard: cannot read ${printable(u)}\n`);
    // A baseline without the unread files' entries would be taken for a complete one: write none.
    if (stats.unreadable.length) {
      process.stderr.write('tokguard: no baseline written: fix the read errors above and run it again\n');
      return 2;
    }
    const { writeBaselineFromFindings } = await import('./baseline.js');
    const file = outcome.baselineFile ?? path.join(outcome.projectRoot, '.tokguard-baseline.json');
    await writeBaselineFromFindings(findings, path.resolve(file), Boolean(opts.quiet));
    return 0;
  }

  const failOn = parsed.failOn ?? outcome.config.scan.failOn ?? DEFAULT_FAIL_ON;
  await printReport(outcome, opts, globals, failOn);
  await printSummary(outcome, opts, globals);
  for (const u of stats.unreadable) process.stderr.write(`tokguard: cannot read ${printable(u)}\n`);
  if (stats.unreadable.length) return 2;
  return exitCode(findings, failOn, parsed.exitOnFindings, Boolean(opts.quiet), Boolean(opts.failOnLive));
}

async function printReport(
  outcome: ScanOutcome,
  opts: ScanCliOptions,
  globals: GlobalOptions,
  failOn: Severity,
): Promise<void> {
  await printReportOf(
    {
      findings: outcome.findings,
      stats: outcome.stats,
      rulesDigest: outcome.rulesDigest,
      rules: outcome.config.rules,
      ...(outcome.dropped ? { dropped: outcome.dropped } : {}),
    },
    { format: opts.format, showSecrets: Boolean(opts.showSecrets), ...defined({ output: opts.output }) },
    globals,
    failOn,
  );
}

/** What a report is made of, for `scan`, `scan --repos` and `merge`. */
export interface ReportParts {
  findings: Finding[];
  stats: ScanStats;
  /** Asked for only by the JSON report (hashing the rules is not free). */
  rulesDigest: () => string;
  /** Rule metadata (SARIF lists the rules that fired); default: the built-in rules, else what the findings say. */
  rules?: RuleSpec[];
  dropped?: Finding[];
  repositories?: RepositoryResult[];
}

/** Renders a report in the format asked for, to `--output` or standard output. */
export async function printReportOf(
  parts: ReportParts,
  opts: { format: string; output?: string; showSecrets?: boolean },
  globals: GlobalOptions,
  failOn: Severity,
): Promise<void> {
  const toFile = opts.output !== undefined;
  const color =
    !toFile && opts.format === 'text' && colorEnabled(process.stdout, globals.color === false ? false : undefined);
  const text = await renderReport(
    opts.format,
    {
      findings: parts.findings,
      stats: parts.stats,
      showSecrets: Boolean(opts.showSecrets),
      rules: await ruleMap(parts),
      toolVersion: VERSION,
      ...(opts.format === 'json' ? { rulesDigest: parts.rulesDigest() } : {}),
      ...(parts.dropped ? { dropped: parts.dropped } : {}),
      ...(parts.repositories ? { repositories: parts.repositories } : {}),
    },
    { color, failOn },
  );
  if (toFile) {
    await writeOutput(opts.output!, text);
  } else if (text) {
    process.stdout.write(text);
  }
}

/** Rule metadata by id: the scan's own rules, or (merged reports) the built-in ones plus what each finding names. */
async function ruleMap(parts: ReportParts): Promise<ReportInput['rules']> {
  if (parts.rules) return new Map(parts.rules.map((r) => [r.id, r]));
  const { loadBuiltinRules } = await import('../rules/builtin.js');
  const map = new Map<string, RuleSpec | { id: string; name: string; severity: string; tags?: string[] }>(
    loadBuiltinRules().map((r) => [r.id, r]),
  );
  for (const f of parts.findings)
    if (!map.has(f.ruleId)) map.set(f.ruleId, { id: f.ruleId, name: f.ruleName, severity: f.severity, tags: f.tags });
  return map;
}

/** The summary, skip counts and git's notes on stderr; the hook's advice when it blocks a commit. */
async function printSummary(outcome: ScanOutcome, opts: ScanCliOptions, globals: GlobalOptions): Promise<void> {
  const { findings, stats } = outcome;
  if (!opts.quiet) {
    const c = await makeChalk(process.stderr, globals.color === false ? false : undefined);
    process.stderr.write(`${c.dim(summaryLine(stats, findings))}\n`);
    const skipped = skippedLine(stats, outcome.maxFileSize);
    if (skipped) process.stderr.write(`${c.dim(skipped)}\n`);
    for (const note of stats.notes ?? []) process.stderr.write(`${c.dim(printable(note))}\n`);
  }
  if (stats.mode === 'staged' && findings.length && opts.format === 'text') {
    const { blockMessage } = await import('./hook.js');
    process.stderr.write(blockMessage(findings));
  }
}

/** Exit codes of `scan --repos` and `merge` when some repositories could not be scanned. */
export const EXIT_REPOS_FAILED = 4;
export const EXIT_FINDINGS_AND_REPOS_FAILED = 5;

/** The code for findings (0 or `exitOnFindings`) combined with failed repositories. */
export function withFailedRepositories(findingsCode: number, failedRepositories: number): number {
  if (!failedRepositories) return findingsCode;
  return findingsCode ? EXIT_FINDINGS_AND_REPOS_FAILED : EXIT_REPOS_FAILED;
}

export function exitCode(
  findings: Finding[],
  failOn: Severity,
  exitOnFindings: number,
  quiet: boolean,
  failOnLive: boolean,
): number {
  // --fail-on-live: only keys their provider confirmed live fail the scan.
  const failing = findings.filter(
    (f) => failsBuild(f, failOn) && (!failOnLive || f.verification?.status === 'live'),
  ).length;
  if (!quiet && !failOnLive && failing < findings.length) {
    const passing = findings.filter((f) => !failsBuild(f, failOn));
    const rotated = passing.filter((f) => f.status === 'rotated').length;
    const below = passing.length - rotated;
    // Say why they pass: a rotated secret is the record of a dead key, not a low severity.
    const why = [
      ...(rotated
        ? [
            `${below ? `${rotated} ` : ''}rotated: .tokguard-rotated.json records ${rotated === 1 ? 'its secret' : 'their secrets'} as rotated`,
          ]
        : []),
      ...(below
        ? [
            `${rotated ? `${below} ` : ''}below --fail-on ${failOn}; test keys, demo credentials and tokens whose checksum fails count as info`,
          ]
        : []),
    ];
    process.stderr.write(
      `tokguard: ${passing.length} ${passing.length === 1 ? 'finding does' : 'findings do'} not fail the scan (${why.join('; ')})\n`,
    );
  }
  return failing ? exitOnFindings : 0;
}
