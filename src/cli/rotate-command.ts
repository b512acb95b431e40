import type { Command } from 'commander';

export interface RotateCliOptions {
  plan?: boolean;
  execute?: boolean;
  resume?: string;
  rollback?: string;
  list?: boolean;
  report?: string;
  config?: string;
  containFirst?: boolean;
  revoke?: boolean;
  storeMismatch?: string;
  verify?: boolean;
}

/** Defines `tokguard rotate`. Loads nothing heavy: the implementation is imported when it runs. */
export function defineRotateCommand(program: Command): void {
  program
    .command('rotate')
    .description('replace leaked credentials: issue new, store, rewrite references, verify, promote, disable old')
    .argument('[path]', 'repository root', '.')
    .option('--plan', 'print what would be done and change nothing (the default)')
    .option('--execute', 'carry out the plan')
    .option('--resume <id>', 'continue a rotation that stopped (crash, error, or waiting for the grace period)')
    .option('--rollback <id>', 'undo what can still be undone of a rotation')
    .option('--list', 'list rotations recorded in .tokguard/rotations')
    .option('--report <file>', 'read findings from a JSON report (tokguard scan -f json) instead of scanning')
    .option('-c, --config <file>', 'config file with a rotation: section (default: .tokguard.yaml)')
    .option('--contain-first', 'disable the leaked credential before anything else (a confirmed public leak)')
    .option('--revoke', 'delete/revoke the old credential now instead of after the grace period')
    .option('--verify', 'with --plan: ask each provider whether the leaked secrets are live, and whose they are')
    .option(
      '--store-mismatch <mode>',
      'refuse (default): stop when a store does not hold the leaked value; add: write the new value to a store that lacks the name',
    )
    .action(async (path: string, opts: RotateCliOptions) => {
      const { runRotateCommand } = await import('./rotate.js');
      process.exitCode = await runRotateCommand(path, opts);
    });
}
