import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { findConfigFile, loadEffectiveConfig } from '../config/load.js';
import { loadBuiltinRules } from '../rules/builtin.js';
import { VERSION } from '../version.js';
import { printable } from '../report/terminal.js';

/** `tokguard config check [file]`: exit 0 and a one-line summary, or the one-line error (exit 2). */
export async function runConfigCheck(file: string | undefined): Promise<number> {
  const root = process.cwd();
  if (file === undefined && !findConfigFile(root)) {
    process.stderr.write('tokguard: no .tokguard.yaml at the repository root; the built-in rules apply\n');
    return 0;
  }
  const eff = await loadEffectiveConfig({ ...(file !== undefined ? { config: file } : {}), root });
  for (const n of eff.notices) process.stderr.write(`tokguard: ${printable(n)}\n`);
  const builtin = new Set(loadBuiltinRules().map((r) => r.id));
  const custom = eff.rules.filter((r) => !builtin.has(r.id)).length;
  // The rotation section goes through the very parser `tokguard rotate` uses: one schema for both.
  let rotation = '';
  if (eff.rotation !== undefined) {
    const { parseRotationConfig } = await import('../rotate/config.js');
    const n = parseRotationConfig(eff.rotation, eff.file).targets.length;
    rotation = `; rotation: ${n} target${n === 1 ? '' : 's'}`;
  }
  process.stdout.write(
    `${eff.file}: OK: ${eff.rules.length} rules in effect (${eff.rules.length - custom} built-in, ${custom} custom)${rotation}\n`,
  );
  return 0;
}

/** `tokguard config import-gitleaks [file]`: YAML on stdout; what could not be translated on stderr and in a header comment. */
export async function runImportGitleaks(file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? (e as Error).message}`}`,
    );
  }
  const [{ importGitleaksConfig }, { stringify }, { buildEffectiveConfig }] = await Promise.all([
    import('../config/gitleaks.js'),
    import('yaml'),
    import('../config/build.js'),
  ]);
  const builtin = loadBuiltinRules();
  const { config, notices } = importGitleaksConfig(text, file, builtin);
  // The translation must load: check it the way a scan would.
  const { validateConfig } = await import('../generated/schema-validators.js');
  if (!validateConfig(config))
    throw new Error(`the translated config does not validate: ${JSON.stringify(validateConfig.errors?.[0])}`);
  buildEffectiveConfig(config, `${file} (translated)`, builtin, process.cwd());
  const header = [
    `# tokguard config translated from ${file} by tokguard ${VERSION} ("tokguard config import-gitleaks").`,
    '# Rules imported from gitleaks carry `origin: gitleaks`, which lets them go without examples;',
    '# add `examples:` (text that must produce a finding) when you can. Severity defaults to high.',
    ...(config.extends === 'none'
      ? [
          "# The gitleaks config did not extend the default rules, so tokguard's built-in rules are off",
          '# (extends: none); set `extends: default` to turn them on.',
        ]
      : []),
    ...(notices.length ? ['#', '# Not translated, or approximated:', ...notices.map((n) => `#   - ${n}`)] : []),
  ];
  process.stdout.write(`${header.join('\n')}\n${stringify(config, { lineWidth: 0 })}`);
  for (const n of notices) process.stderr.write(`tokguard: ${printable(n)}\n`);
  process.stderr.write(
    `tokguard: translated ${config.rules?.length ?? 0} rules from ${file}${notices.length ? `; ${notices.length} item(s) not translated or approximated (listed above)` : ''}\n`,
  );
  return 0;
}
