import type { Command } from 'commander';
import type { ScanCliOptions } from './scan-command.js';

interface BaselineCliOptions {
  output?: string;
  config?: string;
  history?: boolean;
  include?: string[];
  exclude?: string[];
  maxFileSize?: string;
  gitignore: boolean;
  threads?: string;
  quiet?: boolean;
}

/** `tokguard baseline [path]`: record the current findings so CI fails only on new ones. */
export function defineBaselineCommand(program: Command): void {
  program
    .command('baseline')
    .description('write the current findings to a baseline file, so later scans report only new ones')
    .argument('[path]', 'directory or repository to scan', '.')
    .option(
      '-o, --output <file>',
      'baseline file (default: scan.baseline from the config, else .tokguard-baseline.json at the repository root)',
    )
    .option('-c, --config <file>', 'config file (default: .tokguard.yaml at the repository root)')
    .option('--history', 'record the findings in every blob of the git history, not just the working tree')
    .option('--include <glob...>', 'only scan paths matching these globs')
    .option('--exclude <glob...>', 'skip paths matching these globs')
    .option('--max-file-size <size>', 'skip files larger than this (default 10MB)')
    .option('--no-gitignore', 'do not honour .gitignore files (.tokguardignore still applies)')
    .option(
      '--threads <n>',
      'worker threads for matching (default: one per core, one fewer for a working tree or --history, whose main thread works too; 0 = none)',
    )
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (path: string, opts: BaselineCliOptions, cmd: Command) => {
      const { runScanCommand } = await import('./scan.js');
      const { output, ...rest } = opts;
      const scanOpts: ScanCliOptions = {
        ...rest,
        format: 'text',
        ...(output !== undefined ? { baseline: output } : {}),
      };
      process.exitCode = await runScanCommand(path, scanOpts, cmd.optsWithGlobals(), { writeBaseline: true });
    });
}
