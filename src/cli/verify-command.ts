import { type Command, Option } from 'commander';
import type { VerifyCliOptions } from './verify.js';

export function defineVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description(
      "check the secrets of a JSON report with their providers (reads each secret again from its file or git blob; sends it to its provider's API)",
    )
    .argument('<report>', 'a report written by "tokguard scan -f json"')
    .option('--root <dir>', "where the scanned files are (default: the report's scan root)")
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'sarif']).default('json'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-c, --config <file>', 'config file (default: .tokguard.yaml at the repository root)')
    .option('--trust-repo-verifiers', "use verifiers defined in the scanned repository's own config")
    .option('--verify-timeout <seconds>', 'time limit per request (default 10)')
    .option('--verify-max-time <seconds>', 'time limit for all verification (default 120)')
    .option('-q, --quiet', 'print only the report and errors')
    .action(async (report: string, opts: VerifyCliOptions, cmd: Command) => {
      const { runVerifyCommand } = await import('./verify.js');
      process.exitCode = await runVerifyCommand(report, opts, cmd.optsWithGlobals());
    });
}
