import { loadEffectiveConfig } from '../config/load.js';
import { makeChalk } from './output.js';
import { printable, printableJson } from '../report/terminal.js';

export async function runRulesCommand(
  opts: { format: string; tag?: string; config?: string },
  globals: { color?: boolean },
): Promise<number> {
  const config = await loadEffectiveConfig({
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    root: process.cwd(),
  });
  for (const notice of config.notices) process.stderr.write(`tokguard: ${printable(notice)}\n`);
  let rules = config.rules;
  if (opts.tag) rules = rules.filter((r) => (r.tags ?? []).includes(opts.tag!));
  if (opts.format === 'json') {
    const { describeVerifier } = await import('../verify/describe.js');
    const { describeRotation } = await import('../rotate/issuers/registry.js');
    const out = rules.map((r) => ({
      id: r.id,
      name: r.name,
      severity: r.severity,
      references: r.references ?? [],
      keywords: r.keywords,
      tags: r.tags ?? [],
      ...(r.description ? { description: r.description } : {}),
      ...(r.validate ? { validate: r.validate } : {}),
      ...(r.source ? { source: r.source } : {}),
      verify: describeVerifier(r, config.file),
      // A custom rule may reuse a built-in id only through `override`, which keeps the provider.
      ...describeRotation(r.id),
    }));
    process.stdout.write(`${printableJson(JSON.stringify(out, null, 2))}\n`);
    return 0;
  }
  const c = await makeChalk(process.stdout, globals.color === false ? false : undefined);
  const idWidth = Math.min(40, Math.max(...rules.map((r) => r.id.length), 2));
  // A repository's config can name rules and keywords: shown escaped, like the scan report.
  for (const r of rules) {
    process.stdout.write(
      `${c.bold(printable(r.id).padEnd(idWidth))}  ${r.severity.padEnd(8)}  ${printable(r.name)}  ${c.dim(printable(r.keywords.join(', ')))}\n`,
    );
  }
  process.stderr.write(`${rules.length} rules${config.file ? ` (with ${printable(config.file)})` : ''}\n`);
  return 0;
}
