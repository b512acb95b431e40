import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RuleSpec } from '../engine/types.js';
import { loadBuiltinRules } from '../rules/builtin.js';
import { renderReport } from '../report/report.js';
import type { Finding } from '../report/finding.js';
import { collectFindings, type ScanResult, type ScanStats } from '../scan/run.js';
import type { Chunk } from '../sources/chunk.js';
import { newSourceStats, worktreeChunks } from '../sources/worktree.js';
import { findRepoRoot } from '../sources/repo-root.js';
import { VERSION } from '../version.js';
import { makeChalk, parseSize } from './output.js';
import type { ScanCliOptions } from './scan-command.js';
import { skippedLine, summaryLine } from '../report/format-text.js';
import { startProgress } from './progress.js';

const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

interface GlobalOptions {
  color?: boolean;
}

function parseIntOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

export async function runScanCommand(target: string, opts: ScanCliOptions, globals: GlobalOptions): Promise<number> {
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
  if ((opts.branch || opts.since || opts.range) && !opts.history) throw new UserError('--branch, --since and --range need --history');
  if (opts.updateBaseline && !opts.baseline) throw new UserError('--update-baseline needs --baseline FILE');

  const root = path.resolve(target);
  if (target !== '-' && !opts.staged && !opts.history) {
    try {
      await stat(root);
    } catch {
      throw new UserError(`${target}: no such file or directory`);
    }
  }

  const rules: RuleSpec[] = loadBuiltinRules();
  const sourceStats = newSourceStats();
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
  if (stats.mode === 'stdin') {
    chunks = stdinChunks(sourceStats);
  } else if (stats.mode === 'worktree') {
    chunks = worktreeChunks(
      root,
      {
        gitignore: opts.gitignore,
        include: opts.include ?? [],
        exclude: opts.exclude ?? [],
        maxFileSize,
        base: findRepoRoot(root) ?? ((await stat(root)).isFile() ? path.dirname(root) : root),
      },
      sourceStats,
    );
  } else {
    throw new UserError(`${stats.mode} scans are not available yet`);
  }

  const progress = startProgress(opts.progress !== false && !opts.quiet, () => `Scanning… ${sourceStats.files} files`);
  let findings: Finding[];
  try {
    findings = await collectFindings(chunks, rules, threads === undefined ? {} : { threads });
  } finally {
    progress.stop();
  }
  stats.files = sourceStats.files;
  stats.bytes = sourceStats.bytes;
  stats.durationMs = performance.now() - started;

  const result: ScanResult = { findings, stats };
  await printReport(result, rules, opts, globals);
  if (!opts.quiet) {
    const c = makeChalk(process.stderr, globals.color === false ? false : undefined);
    process.stderr.write(`${c.dim(summaryLine(stats, findings))}\n`);
    const skipped = skippedLine(stats, maxFileSize);
    if (skipped) process.stderr.write(`${c.dim(skipped)}\n`);
  }
  for (const u of stats.unreadable) process.stderr.write(`tokguard: cannot read ${u}\n`);

  if (stats.unreadable.length) return 2;
  return findings.length ? exitOnFindings : 0;
}

async function printReport(result: ScanResult, rules: RuleSpec[], opts: ScanCliOptions, globals: GlobalOptions): Promise<void> {
  const toFile = opts.output !== undefined;
  const color = !toFile && opts.format === 'text' && makeChalk(process.stdout, globals.color === false ? false : undefined).level > 0;
  const text = await renderReport(
    opts.format,
    {
      findings: result.findings,
      stats: result.stats,
      showSecrets: Boolean(opts.showSecrets),
      rules: new Map(rules.map((r) => [r.id, r])),
      toolVersion: VERSION,
    },
    { color },
  );
  if (toFile) {
    const { default: writeFileAtomic } = await import('write-file-atomic');
    try {
      await writeFileAtomic(opts.output!, text, { mode: 0o600 });
    } catch (e) {
      throw new UserError(`${opts.output}: cannot write report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else if (text) {
    process.stdout.write(text);
  }
}

async function* stdinChunks(stats: ReturnType<typeof newSourceStats>): AsyncGenerator<Chunk> {
  const parts: Buffer[] = [];
  for await (const part of process.stdin) parts.push(part as Buffer);
  const data = Buffer.concat(parts);
  stats.files = 1;
  stats.bytes = data.length;
  yield { path: '(stdin)', data, source: 'stdin' };
}
