import type { Command } from 'commander';

/** `tokguard hook install|uninstall`; the implementation (src/cli/hook.ts) loads only when run. */
export function defineHookCommand(program: Command): void {
  const hook = program
    .command('hook')
    .description('install or remove the git pre-commit hook that runs "tokguard scan --staged"');
  hook
    .command('install')
    .description('add a pre-commit hook (respects core.hooksPath; an existing hook is kept and chained)')
    .argument('[path]', 'a directory inside the repository', '.')
    .option('--force', 'when an earlier chained hook is still there, keep it as .old and chain the current hook')
    .action(async (repo: string, opts: { force?: boolean }) => {
      const { installHook } = await import('./hook.js');
      process.stdout.write(`${await installHook(repo, opts)}\n`);
    });
  hook
    .command('uninstall')
    .description('remove the tokguard pre-commit hook and restore the hook it chained, if any')
    .argument('[path]', 'a directory inside the repository', '.')
    .action(async (repo: string) => {
      const { uninstallHook } = await import('./hook.js');
      process.stdout.write(`${await uninstallHook(repo)}\n`);
    });
}
