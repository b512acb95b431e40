/**
 * `tokguard merge REPORT.json...`: one report from the JSON reports of several shards or
 * repositories (the logic is src/report/merge.ts). Findings are folded as one scan would have
 * reported them, the summary is recomputed, and the exit code follows `--fail-on` as for `scan`.
 */
import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { UserError } from '../errors.js';
import { REPORT_FORMATS } from './scan-command.js';

export interface MergeCliOptions {
  format: string;
  output?: string;
  failOn?: string;
  exitCode?: string;
  quiet?: boolean;
}

export function defineMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('merge the JSON reports of shards or repositories into one report')
    .argument('<reports...>', 'reports written by "tokguard scan -f json"')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...REPORT_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--fail-on <severity>', 'lowest severity that fails (default low; test keys are info)')
    .option('--exit-code <n>', 'exit code to use when findings are reported (default 1)')
    .option('-q, --quiet', 'print only the report and errors, no summary')
    .action(async (files: string[], opts: MergeCliOptions, cmd: Command) => {
      process.exitCode = await runMerge(files, opts, cmd.optsWithGlobals<{ color?: boolean }>());
    });
}

async function readOne(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read report: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError(`${file}: not a JSON report (does not parse as JSON)`);
  }
}

async function runMerge(files: string[], opts: MergeCliOptions, globals: { color?: boolean }): Promise<number> {
  const [{ readReport, ReportError }, { disagreement, mergeReports }, scanCli, filters] = await Promise.all([
    import('../report/read-report.js'),
    import('../report/merge.js'),
    import('./scan.js'),
    import('../report/filters.js'),
  ]);
  const exitOnFindings = scanCli.parseIntOption('--exit-code', opts.exitCode, 0, 255) ?? 1;
  let failOn = filters.DEFAULT_FAIL_ON;
  if (opts.failOn !== undefined) {
    try {
      failOn = filters.parseSeverity(opts.failOn, '--fail-on');
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  const reports = await Promise.all(
    files.map(async (file) => {
      try {
        return readReport(await readOne(file), file);
      } catch (e) {
        if (e instanceof ReportError) throw new UserError(`${file}: ${e.message}`);
        throw e;
      }
    }),
  );
  const refused = disagreement(reports);
  if (refused) throw new UserError(refused);
  const merged = mergeReports(reports);
  const { sortFindings } = await import('../scan/run.js');
  const findings = sortFindings(merged.findings).sort((a, b) =>
    (a.repository ?? '') < (b.repository ?? '') ? -1 : (a.repository ?? '') > (b.repository ?? '') ? 1 : 0,
  );
  await scanCli.printReportOf(
    {
      findings,
      stats: merged.stats,
      rulesDigest: () => merged.rulesDigest,
      ...(merged.repositories.length ? { repositories: merged.repositories } : {}),
    },
    { format: opts.format, ...(opts.output !== undefined ? { output: opts.output } : {}) },
    globals,
    failOn,
  );
  const failed = merged.repositories.filter((r) => r.status === 'failed');
  if (!opts.quiet) {
    const { summaryLine } = await import('../report/format-text.js');
    process.stderr.write(`${summaryLine(merged.stats, findings)} (${reports.length} reports merged)\n`);
    for (const r of failed) process.stderr.write(`tokguard: ${r.repository}: failed: ${r.error ?? 'unknown error'}\n`);
  }
  const code = scanCli.exitCode(findings, failOn, exitOnFindings, Boolean(opts.quiet), false);
  return scanCli.withFailedRepositories(code, failed.length);
}
