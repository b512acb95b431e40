import { type Command, Option } from 'commander';

export interface ScanCliOptions {
  staged?: boolean;
  history?: boolean;
  branch?: string;
  since?: string;
  range?: string;
  format: string;
  output?: string;
  showSecrets?: boolean;
  include?: string[];
  exclude?: string[];
  maxFileSize?: string;
  gitignore: boolean;
  exitCode?: string;
  config?: string;
  baseline?: string;
  updateBaseline?: boolean;
  failOn?: string;
  minConfidence?: string;
  threads?: string;
  quiet?: boolean;
  progress?: boolean;
  verify?: boolean;
  trustRepoVerifiers?: boolean;
  failOnLive?: boolean;
  verifyTimeout?: string;
  verifyMaxTime?: string;
  shard?: string;
  shardTotal?: string;
  state?: string;
  newOnly?: boolean;
  repos?: string;
  jobs?: string;
  repoTimeout?: string;
}

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;

export function defineScanCommand(program: Command): void {
  program
    .command('scan')
    .description('scan a directory or file, the staged changes, or the git history for secrets')
    .argument('[path]', 'directory, file or repository to scan ("-" reads standard input)', '.')
    .option('--staged', 'scan only what the next commit adds (the index against HEAD)')
    .option('--history', 'scan every blob reachable from all refs in the repository')
    .option('--branch <ref>', 'with --history: only what is reachable from this ref')
    .option('--since <rev>', 'with --history: only what commits after <rev> added (e.g. the PR base)')
    .option('--range <a..b>', 'with --history: only what the commits in the range added')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...REPORT_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--show-secrets', 'print secrets in full instead of redacted')
    .option('--include <glob...>', 'only scan paths matching these globs')
    .option('--exclude <glob...>', 'skip paths matching these globs')
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)')
    .option('--no-gitignore', 'do not honour .gitignore files (.tokguardignore still applies)')
    .option('--exit-code <n>', 'exit code to use when findings are reported (default 1)')
    .option('-c, --config <file>', 'config file (default: .tokguard.yaml at the repository root)')
    .option('--baseline <file>', 'hide findings listed in this baseline file')
    .option('--update-baseline', 'with --baseline: add new findings to the baseline file')
    .option(
      '--fail-on <severity>',
      'lowest severity that fails the scan (default low; test keys and demo credentials are info)',
    )
    .option('--min-confidence <level>', 'report only findings at least this sure: high, medium or low (default low)')
    .option(
      '--threads <n>',
      'worker threads for matching (default: one per core, one fewer for a working tree or --history, whose main thread works too; 0 = none)',
    )
    .option(
      '--verify',
      "ask each secret's provider whether it is live (sends each distinct secret to its provider's API)",
    )
    .option('--fail-on-live', 'with --verify: fail only on secrets the provider says are live')
    .option('--trust-repo-verifiers', "with --verify: use verifiers defined in the scanned repository's own config")
    .option('--verify-timeout <seconds>', 'with --verify: time limit per request (default 10)')
    .option('--verify-max-time <seconds>', 'with --verify: time limit for all verification (default 120)')
    .option('--shard <K/N|auto>', 'scan only slice K of N (history by blob id, files by path); auto: from CI variables')
    .option('--shard-total <n>', 'with --shard auto in a Kubernetes Indexed Job: the number of shards')
    .option('--state <file>', 'with --history: remember what was scanned in FILE and read only new blobs next time')
    .option('--new-only', 'with --state: report only findings the previous run did not')
    .option('--repos <file>', 'scan every repository listed in FILE (paths or clone URLs, one a line)')
    .option('--jobs <n>', 'with --repos: repositories scanned at once (default 2)')
    .option('--repo-timeout <seconds>', 'with --repos: time limit per repository (default 3600)')
    .option('-q, --quiet', 'print only findings and errors, no summary')
    .option('--no-progress', 'never show a progress spinner')
    .action(async (path: string, opts: ScanCliOptions, cmd: Command) => {
      const { runScanCommand } = await import('./scan.js');
      process.exitCode = await runScanCommand(path, opts, cmd.optsWithGlobals());
    });
}
