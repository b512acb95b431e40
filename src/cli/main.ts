import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../errors.js';
import { printable } from '../report/terminal.js';
import { describeIoError } from '../report/io-errors.js';
import { VERSION } from '../version.js';
import { defineScanCommand } from './scan-command.js';
import { defineRulesCommand } from './rules-command.js';
import { defineBaselineCommand } from './baseline-command.js';
import { defineConfigCommand } from './config-command.js';
import { defineHookCommand } from './hook-command.js';
import { defineRotateCommand } from './rotate-command.js';
import { defineVerifyCommand } from './verify-command.js';

/**
 * Entry point. Each command is defined in a light `*-command.ts` module and its implementation
 * is imported only when it runs, so `tokguard scan --staged` never loads the AWS SDK, node-vault
 * or a report format it does not print.
 */
export function buildProgram(): Command {
  const program = new Command('tokguard')
    .description('Find leaked credentials in files, staged changes and git history, and rotate them.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError()
    .configureHelp({ sortOptions: false })
    .exitOverride();
  program.addOption(new Option('--no-color', 'disable colour output'));
  defineScanCommand(program);
  defineRulesCommand(program);
  defineBaselineCommand(program);
  defineConfigCommand(program);
  defineHookCommand(program);
  defineRotateCommand(program);
  defineVerifyCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return handleError(err);
  }
}

export function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version are not errors; commander already printed the message otherwise.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return 0;
    return 2;
  }
  if (err instanceof UserError) {
    process.stderr.write(`tokguard: ${printable(err.message)}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`tokguard: internal error: ${printable(e?.message ?? String(err))}\n`);
  if (process.env.TOKGUARD_DEBUG)
    process.stderr.write(
      `${(e?.stack ?? '')
        .split('\n')
        .map((l) => printable(l))
        .join('\n')}\n`,
    );
  else process.stderr.write('tokguard: set TOKGUARD_DEBUG=1 for details, and please report this as a bug\n');
  return 2;
}

// `tokguard scan | head` closes the pipe early; that is the reader's choice, not an error. Any
// other failure to write (stdout on a full disk, /dev/full) is one line and exit 2: the report
// is incomplete, so the scan did not do its job.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    if (stream === process.stdout) {
      try {
        process.stderr.write(`tokguard: cannot write to standard output: ${describeIoError(err)}\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left.
      }
    }
    process.exit(2);
  });
}

const code = await main(process.argv);
process.exitCode = code;
