// Runs the built `rotate` command on its own, for the end-to-end test, until src/cli/main.ts
// registers it (then the test uses bin/tokguard.js directly).
import { Command, CommanderError } from 'commander';
import { defineRotateCommand } from '../../dist/cli/rotate-command.js';
import { UserError } from '../../dist/errors.js';

const program = new Command('tokguard').exitOverride();
defineRotateCommand(program);
try {
  await program.parseAsync(['node', 'tokguard', 'rotate', ...process.argv.slice(2)]);
} catch (err) {
  if (err instanceof UserError) {
    process.stderr.write(`tokguard: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    throw err;
  }
}
