import type { Command } from 'commander';

/** `tokguard config check|import-gitleaks`; the implementation (src/cli/config.ts) loads only when run. */
export function defineConfigCommand(program: Command): void {
  const config = program
    .command('config')
    .description('check the project config, or translate a gitleaks config into one');
  config
    .command('check')
    .description('validate a config file and summarise the rules it puts in effect')
    .argument('[file]', 'config file (default: .tokguard.yaml at the repository root)')
    .action(async (file: string | undefined) => {
      const { runConfigCheck } = await import('./config.js');
      process.exitCode = await runConfigCheck(file);
    });
  config
    .command('import-gitleaks')
    .description(
      'translate a .gitleaks.toml into a .tokguard.yaml on standard output; untranslatable parts are listed on stderr',
    )
    .argument('[file]', 'gitleaks config', '.gitleaks.toml')
    .action(async (file: string) => {
      const { runImportGitleaks } = await import('./config.js');
      process.exitCode = await runImportGitleaks(file);
    });
}
