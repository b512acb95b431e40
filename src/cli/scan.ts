import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RuleSpec, Severity } from '../engine/types.js';
import { findingFilter, loadEffectiveConfig } from '../config/load.js';
import { DEFAULT_FAIL_ON, failsBuild, parseSeverity } from '../report/filters.js';
import { renderReport } from '../report/report.js';
import type { Finding } from '../report/finding.js';
import { collectFindings, type ScanResult, type ScanStats } from '../scan/run.js';
import { defaultThreads } from '../scan/matcher.js';
import { emptySkipCounts, type Chunk } from '../sources/chunk.js';
// Loaded only for worktree scans: its walker pulls in `ignore`, which the pre-commit path never needs.
import type { SourceStats } from '../sources/worktree.js';
import { findRepoRoot } from '../sources/repo-root.js';
import { VERSION } from '../version.js';
import { markRotated } from '../report/rotated-record.js';
import { colorEnabled, makeChalk, parseSize } from './output.js';
import type { ScanCliOptions } from './scan-command.js';
import { skippedLine, summaryLine } from '../report/format-text.js';
import { startProgress } from './progress.js';
import { writeOutput } from './write-output.js';

const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

interface GlobalOptions {
  color?: boolean;
}

function parseIntOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UserError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
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
  const started = performance.now();
  const exitOnFindings = parseIntOption('--exit-code', opts.exitCode, 0, 255) ?? 1;
  const threads = parseIntOption('--threads', opts.threads, 0, 64);
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
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

  const root = path.resolve(target);
  // Asked once: several steps need the repository root, and each ask is a walk of stats.
  const repoRoot = findRepoRoot(root);
  // The pre-commit path: start `git diff --cached` now, so it runs while config and rules load.
  const stagedStart = opts.staged
    ? (await import('../sources/git-staged.js')).startStaged(target, repoRoot)
    : undefined;

  let rootIsFile = false;
  if (target !== '-' && !opts.staged && !opts.history) {
    try {
      rootIsFile = (await stat(root)).isFile();
    } catch {
      throw new UserError(`${target}: no such file or directory`);
    }
  }
  // Where the repository's own files (baseline, rotation record) live for this scan.
  const projectRoot = repoRoot ?? (target === '-' ? process.cwd() : root);

  const config = await loadEffectiveConfig({
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    root: target === '-' ? process.cwd() : root,
  });
  for (const notice of config.notices) process.stderr.write(`tokguard: ${notice}\n`);
  if (opts.maxFileSize === undefined && config.scan.maxFileSize !== undefined) maxFileSize = config.scan.maxFileSize;
  const threadCount = threads ?? config.scan.threads ?? (opts.history ? defaultThreads(true) : undefined);
  let failOn = config.scan.failOn ?? DEFAULT_FAIL_ON;
  if (opts.failOn !== undefined) {
    try {
      failOn = parseSeverity(opts.failOn, '--fail-on');
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  const baselineFile = opts.baseline ?? config.scan.baseline;
  if (opts.updateBaseline && !baselineFile)
    throw new UserError('--update-baseline needs --baseline FILE (or scan.baseline in the config)');
  // The config's scan.include/exclude are relative to the repository root: the walker can use them
  // when the scan starts there; findingFilter applies them to findings in every case.
  const atRepoRoot = (repoRoot ?? root) === root;
  // Only a scan of the whole repository can tell that a baseline entry is stale.
  const wholeRepo =
    (!opts.staged && !opts.history && target !== '-' && atRepoRoot && !opts.include && !opts.exclude) ||
    Boolean(opts.history && !opts.branch && !opts.since && !opts.range);
  const rules: RuleSpec[] = config.rules;
  const sourceStats: SourceStats = { files: 0, bytes: 0, skipped: emptySkipCounts(), unreadable: [] };
  const stats: ScanStats = {
    mode: opts.staged ? 'staged' : opts.history ? 'history' : target === '-' ? 'stdin' : 'worktree',
    root: target,
    files: 0,
    bytes: 0,
    skipped: sourceStats.skipped,
    unreadable: sourceStats.unreadable,
    rules: rules.length,
    durationMs: 0,
  };

  let chunks: AsyncIterable<Chunk>;
  let attribute: ((findings: Finding[]) => Promise<Finding[]>) | undefined;
  let finishGit: (() => void) | undefined;
  let eagerThreads = false;
  if (stats.mode === 'stdin') {
    chunks = stdinChunks(sourceStats);
  } else if (stats.mode === 'worktree') {
    const { worktreeChunks } = await import('../sources/worktree.js');
    chunks = worktreeChunks(
      root,
      {
        gitignore: opts.gitignore && config.scan.gitignore !== false,
        include: opts.include ?? (atRepoRoot ? config.scan.include : undefined) ?? [],
        exclude: [...(opts.exclude ?? []), ...(atRepoRoot ? (config.scan.exclude ?? []) : [])],
        maxFileSize,
        base: repoRoot ?? (rootIsFile ? path.dirname(root) : root),
      },
      sourceStats,
    );
  } else if (stats.mode === 'history') {
    const { openHistory } = await import('../sources/git-history.js');
    const history = await openHistory(
      target,
      {
        branch: opts.branch,
        since: opts.since,
        range: opts.range,
        maxFileSize,
        include: opts.include,
        exclude: opts.exclude,
      },
      sourceStats,
    );
    chunks = history.chunks;
    attribute = history.attribute;
    eagerThreads = history.large;
    finishGit = () => Object.assign(stats, { commits: history.commits, blobs: history.blobs, notes: history.notes });
  } else {
    const { openStaged } = await import('../sources/git-staged.js');
    const staged = openStaged(
      stagedStart ?? target,
      { maxFileSize, include: opts.include, exclude: opts.exclude },
      sourceStats,
    );
    chunks = staged.chunks;
    finishGit = () => Object.assign(stats, { notes: staged.notes });
  }

  const progress = startProgress(opts.progress !== false && !opts.quiet, () => `Scanning… ${sourceStats.files} files`);
  let findings: Finding[];
  try {
    const keep = findingFilter(config, { cliInclude: opts.include !== undefined });
    findings = await collectFindings(chunks, rules, {
      ...(threadCount === undefined ? {} : { threads: threadCount }),
      ...(eagerThreads ? { eager: true } : {}),
      ...(attribute ? { attribute } : {}),
      ...(keep ? { keep } : {}),
    });
  } finally {
    progress.stop();
  }
  finishGit?.();
  stats.files = sourceStats.files;
  stats.bytes = sourceStats.bytes;
  stats.durationMs = performance.now() - started;

  if (internal.writeBaseline) {
    const { writeBaselineFromFindings } = await import('./baseline.js');
    const file = baselineFile ?? path.join(projectRoot, '.tokguard-baseline.json');
    await writeBaselineFromFindings(findings, path.resolve(file), Boolean(opts.quiet));
    for (const u of stats.unreadable) process.stderr.write(`tokguard: cannot read ${u}\n`);
    return stats.unreadable.length ? 2 : 0;
  }
  if (baselineFile) {
    const { applyBaselineStep } = await import('./baseline.js');
    findings = await applyBaselineStep(findings, {
      file: path.resolve(baselineFile),
      display: opts.baseline ?? (path.relative(process.cwd(), baselineFile) || baselineFile),
      update: Boolean(opts.updateBaseline),
      complete: wholeRepo,
      quiet: Boolean(opts.quiet),
    });
  }

  markRotated(findings, projectRoot);

  const result: ScanResult = { findings, stats };
  await printReport(result, rules, opts, globals, failOn);
  if (!opts.quiet) {
    const c = await makeChalk(process.stderr, globals.color === false ? false : undefined);
    process.stderr.write(`${c.dim(summaryLine(stats, findings))}\n`);
    const skipped = skippedLine(stats, maxFileSize);
    if (skipped) process.stderr.write(`${c.dim(skipped)}\n`);
    for (const note of stats.notes ?? []) process.stderr.write(`${c.dim(note)}\n`);
  }
  if (stats.mode === 'staged' && findings.length && opts.format === 'text') {
    const { blockMessage } = await import('./hook.js');
    process.stderr.write(blockMessage(findings));
  }
  for (const u of stats.unreadable) process.stderr.write(`tokguard: cannot read ${u}\n`);

  if (stats.unreadable.length) return 2;
  const failing = findings.filter((f) => failsBuild(f, failOn)).length;
  if (!opts.quiet && failing < findings.length) {
    const below = findings.length - failing;
    process.stderr.write(
      `tokguard: ${below} ${below === 1 ? 'finding does' : 'findings do'} not fail the scan (below --fail-on ${failOn}; test keys count as info)\n`,
    );
  }
  return failing ? exitOnFindings : 0;
}

async function printReport(
  result: ScanResult,
  rules: RuleSpec[],
  opts: ScanCliOptions,
  globals: GlobalOptions,
  failOn: Severity,
): Promise<void> {
  const toFile = opts.output !== undefined;
  const color =
    !toFile && opts.format === 'text' && colorEnabled(process.stdout, globals.color === false ? false : undefined);
  const text = await renderReport(
    opts.format,
    {
      findings: result.findings,
      stats: result.stats,
      showSecrets: Boolean(opts.showSecrets),
      rules: new Map(rules.map((r) => [r.id, r])),
      toolVersion: VERSION,
    },
    { color, failOn },
  );
  if (toFile) {
    await writeOutput(opts.output!, text);
  } else if (text) {
    process.stdout.write(text);
  }
}

async function* stdinChunks(stats: SourceStats): AsyncGenerator<Chunk> {
  const parts: Buffer[] = [];
  for await (const part of process.stdin) parts.push(part as Buffer);
  const data = Buffer.concat(parts);
  stats.files = 1;
  stats.bytes = data.length;
  yield { path: '(stdin)', data, source: 'stdin' };
}
