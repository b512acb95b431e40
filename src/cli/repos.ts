/**
 * `tokguard scan --repos LIST`: every repository of a list (local paths, or clone URLs that are
 * cloned because the list names them), each scanned by its own `tokguard scan` child process
 * with a time budget, a few at a time, joined into one report in which each finding names its
 * repository. A repository that cannot be scanned (missing, corrupt, over its budget) is
 * reported as failed and the others go on; the exit code says both (see README, exit codes).
 *
 * Child processes, not in-process scans: a budget has to be able to stop a scan (and its git
 * processes) wherever it is, and one repository's crash must not take the others with it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_FAIL_ON, parseSeverity } from '../report/filters.js';
import type { Finding } from '../report/finding.js';
import { foldFindings, mergeStats } from '../report/merge.js';
import { readReport, type ParsedReport } from '../report/read-report.js';
import type { RepositoryResult } from '../report/report.js';
import { printable } from '../report/terminal.js';
import { nodeCrypto } from '../node-crypto.js';
import type { ScanCliOptions } from './scan-command.js';
import { exitCode, parseIntOption, printReportOf, withFailedRepositories } from './scan.js';
import { emptyScanStats } from '../report/scan-stats.js';

const DEFAULT_JOBS = 2;
const DEFAULT_TIMEOUT_SECONDS = 3600;

interface RepoEntry {
  /** As the list gives it. */
  spec: string;
  /** How reports name it: the spec, without any user:password in a URL. */
  name: string;
  url: boolean;
}

interface RepoOutcome {
  entry: RepoEntry;
  report?: ParsedReport;
  error?: string;
  durationMs: number;
}

/** A clone URL (scheme://… or scp-like user@host:path), as git would take it. */
function isUrl(spec: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || /^[\w.-]+@[\w.-]+:/.test(spec);
}

/** A URL's credentials never reach a report or a log. */
function displayName(spec: string): string {
  return spec.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

export function readRepoList(file: string): RepoEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the repository list: ${code === 'ENOENT' ? 'no such file' : code}`);
  }
  const entries = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((spec) => ({ spec, name: displayName(spec), url: isUrl(spec) }));
  if (!entries.length) throw new UserError(`${file}: lists no repositories`);
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.spec)) throw new UserError(`${file}: lists ${e.name} twice`);
    seen.add(e.spec);
  }
  return entries;
}

/** The `scan` options every repository's scan gets, as arguments for the child. */
function childArgs(opts: ScanCliOptions, stateDir: string | undefined, entry: RepoEntry): string[] {
  const args: string[] = [];
  const flag = (name: string, on: boolean | undefined): void => {
    if (on) args.push(name);
  };
  const value = (name: string, v: string | undefined): void => {
    if (v !== undefined) args.push(name, v);
  };
  flag('--history', opts.history);
  value('--branch', opts.branch);
  value('--since', opts.since);
  value('--range', opts.range);
  value('--config', opts.config === undefined ? undefined : path.resolve(opts.config));
  for (const g of opts.include ?? []) args.push('--include', g);
  for (const g of opts.exclude ?? []) args.push('--exclude', g);
  value('--max-file-size', opts.maxFileSize);
  if (opts.gitignore === false) args.push('--no-gitignore');
  value('--threads', opts.threads);
  flag('--verify', opts.verify);
  flag('--trust-repo-verifiers', opts.trustRepoVerifiers);
  value('--verify-timeout', opts.verifyTimeout);
  value('--verify-max-time', opts.verifyMaxTime);
  if (stateDir) args.push('--state', path.join(stateDir, `${stateName(entry)}.state`));
  flag('--new-only', opts.newOnly);
  return args;
}

/** One state file per repository, named by its list entry. */
function stateName(entry: RepoEntry): string {
  return nodeCrypto().createHash('sha256').update(entry.spec).digest('hex').slice(0, 24);
}

/** Runs a child process with a deadline; on the deadline its whole process group is killed. */
function runChild(
  command: string,
  args: string[],
  deadline: number,
): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    let stderr = '';
    let timedOut = false;
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      },
      Math.max(0, deadline - Date.now()),
    );
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stderr: e.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}

/** The last line a failed child wrote, without the `tokguard: ` prefix. */
function lastError(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim());
  return (lines.at(-1) ?? 'failed').replace(/^tokguard: /, '');
}

interface RepoRun {
  opts: ScanCliOptions;
  work: string;
  stateDir: string | undefined;
  timeoutMs: number;
}

/** Clones the entry when it is a URL (a mirror for history, the tip otherwise); returns the path to scan. */
async function checkout(entry: RepoEntry, index: number, run: RepoRun, deadline: number): Promise<string> {
  if (!entry.url) return path.resolve(entry.spec);
  const dest = path.join(run.work, `repo-${index}${run.opts.history ? '.git' : ''}`);
  const how = run.opts.history ? ['--mirror'] : ['--depth', '1'];
  const cloned = await runChild(
    'git',
    ['-c', 'protocol.ext.allow=never', 'clone', '--quiet', ...how, '--', entry.spec, dest],
    deadline,
  );
  if (cloned.timedOut) throw new Error(`over the time budget of ${run.timeoutMs / 1000} s while cloning`);
  if (cloned.code !== 0) throw new Error(`cannot clone: ${lastError(cloned.stderr).replace(entry.spec, entry.name)}`);
  return dest;
}

async function scanOne(entry: RepoEntry, index: number, run: RepoRun): Promise<RepoOutcome> {
  const started = Date.now();
  const deadline = started + run.timeoutMs;
  const out = path.join(run.work, `report-${index}.json`);
  const failed = (error: string): RepoOutcome => ({ entry, error, durationMs: Date.now() - started });
  try {
    const target = await checkout(entry, index, run, deadline);
    const args = [
      process.argv[1]!,
      'scan',
      target,
      ...childArgs(run.opts, run.stateDir, entry),
      '--format',
      'json',
      '--output',
      out,
      '--quiet',
      '--no-progress',
    ];
    const child = await runChild(process.execPath, args, deadline);
    if (child.timedOut) return failed(`over the time budget of ${run.timeoutMs / 1000} s`);
    if (child.code !== 0 && child.code !== 1) return failed(lastError(child.stderr));
    const report = readReport(JSON.parse(readFileSync(out, 'utf8')) as unknown, out);
    for (const f of report.findings) f.repository = entry.name;
    return { entry, report, durationMs: Date.now() - started };
  } catch (e) {
    return failed((e as Error).message);
  }
}

/** Runs `jobs` scans at a time, in list order. */
async function scanAll(entries: RepoEntry[], run: RepoRun, jobs: number, say: (l: string) => void) {
  const outcomes: RepoOutcome[] = new Array(entries.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, entries.length) }, async () => {
      while (next < entries.length) {
        const i = next++;
        const outcome = await scanOne(entries[i]!, i, run);
        outcomes[i] = outcome;
        done++;
        say(
          `[${done}/${entries.length}] ${entries[i]!.name}: ${
            outcome.report ? `${outcome.report.findings.length} findings` : `failed: ${outcome.error}`
          }`,
        );
      }
    }),
  );
  return outcomes;
}

function checkReposOptions(target: string, opts: ScanCliOptions): void {
  if (target !== '.') throw new UserError('--repos takes the repositories from its list: give no path');
  if (opts.staged) throw new UserError('--repos cannot be used with --staged');
  if (opts.state !== undefined && !opts.history) throw new UserError('--state needs --history');
  if (opts.newOnly && opts.state === undefined) throw new UserError('--new-only needs --state DIR');
  if (opts.baseline || opts.updateBaseline)
    throw new UserError("--repos cannot be used with --baseline (each repository's config may name its own)");
}

export async function runReposCommand(
  target: string,
  opts: ScanCliOptions,
  globals: { color?: boolean },
): Promise<number> {
  checkReposOptions(target, opts);
  const jobs = parseIntOption('--jobs', opts.jobs, 1, 64) ?? DEFAULT_JOBS;
  const timeout = parseIntOption('--repo-timeout', opts.repoTimeout, 1, 7 * 24 * 3600) ?? DEFAULT_TIMEOUT_SECONDS;
  const exitOnFindings = parseIntOption('--exit-code', opts.exitCode, 0, 255) ?? 1;
  let failOn = DEFAULT_FAIL_ON;
  if (opts.failOn !== undefined) {
    try {
      failOn = parseSeverity(opts.failOn, '--fail-on');
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  let entries = readRepoList(opts.repos!);
  if (opts.shard !== undefined) {
    const { parseShard, pathInShard } = await import('../scan/shard.js');
    const inShard = pathInShard(parseShard(opts.shard, process.env, opts.shardTotal));
    entries = entries.filter((e) => inShard(e.spec));
  }
  const stateDir = opts.state === undefined ? undefined : path.resolve(opts.state);
  if (stateDir) (await import('node:fs')).mkdirSync(stateDir, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'tokguard-repos-'));
  const say = (line: string): void => {
    if (!opts.quiet) process.stderr.write(`tokguard: ${printable(line)}\n`);
  };
  try {
    const outcomes = await scanAll(entries, { opts, work, stateDir, timeoutMs: timeout * 1000 }, jobs, say);
    return await report(outcomes, opts, globals, { failOn, exitOnFindings });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function report(
  outcomes: RepoOutcome[],
  opts: ScanCliOptions,
  globals: { color?: boolean },
  gate: { failOn: ReturnType<typeof parseSeverity>; exitOnFindings: number },
): Promise<number> {
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  const repositories: RepositoryResult[] = outcomes.map((o) => ({
    repository: o.entry.name,
    status: o.report ? 'scanned' : 'failed',
    ...(o.error !== undefined ? { error: o.error } : {}),
    ...(o.report ? { findings: o.report.findings.length } : {}),
    durationMs: o.durationMs,
  }));
  const { sortFindings } = await import('../scan/run.js');
  const findings: Finding[] = sortFindings(foldFindings(reports)).sort((a, b) =>
    a.repository! < b.repository! ? -1 : a.repository! > b.repository! ? 1 : 0,
  );
  const stats = reports.length
    ? mergeStats(reports)
    : {
        ...emptyScanStats(opts.history ? 'history' : 'worktree', ''),
        ...(opts.history ? { commits: 0, blobs: 0 } : {}),
      };
  stats.root = opts.repos!;
  const digest = await parentDigest(opts);
  await printReportOf(
    { findings, stats, rulesDigest: () => digest, repositories },
    { format: opts.format, ...(opts.output !== undefined ? { output: opts.output } : {}) },
    globals,
    gate.failOn,
  );
  const failed = repositories.filter((r) => r.status === 'failed');
  if (!opts.quiet) {
    const { summaryLine } = await import('../report/format-text.js');
    process.stderr.write(
      `${summaryLine(stats, findings)} ${repositories.length - failed.length} of ${repositories.length} repositories scanned${failed.length ? `, ${failed.length} failed` : ''}.\n`,
    );
  }
  for (const r of failed)
    process.stderr.write(`tokguard: ${printable(r.repository)}: failed: ${printable(r.error!)}\n`);
  const code = exitCode(findings, gate.failOn, gate.exitOnFindings, Boolean(opts.quiet), false);
  return withFailedRepositories(code, failed.length);
}

/** The rule digest of the rules this invocation names (the built-ins, or --config). */
async function parentDigest(opts: ScanCliOptions): Promise<string> {
  const [{ loadEffectiveConfig }, { rulesDigest }] = await Promise.all([
    import('../config/load.js'),
    import('../scan/digest.js'),
  ]);
  const config = await loadEffectiveConfig({
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    root: tmpdir(),
  });
  return rulesDigest(config.rules);
}
