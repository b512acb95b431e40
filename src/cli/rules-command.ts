import { type Command, Option } from 'commander';

export function defineRulesCommand(program: Command): void {
  program
    .command('rules')
    .description('list the rules in effect (built-in rules plus your config)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'config file (default: .tokguard.yaml at the repository root)')
    .option('--tag <tag>', 'only rules with this tag')
    .action(async (opts: { format: string; config?: string; tag?: string }, cmd: Command) => {
      const { runRulesCommand } = await import('./rules.js');
      process.exitCode = await runRulesCommand(opts, cmd.optsWithGlobals());
    });
}
