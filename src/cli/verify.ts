/**
 * `tokguard verify REPORT.json`: checks the secrets of an earlier JSON report with their
 * providers and prints the report again with each finding's `verification`.
 *
 * A report is redacted, so the secrets are read again from where the findings were made: the
 * file at the finding's path (under --root, default the report's scan root) or, for history
 * findings, the git blob; the text at the recorded line and columns is taken when it hashes to
 * the finding's `secretHash`, else the rule is run over the file and the match with that hash
 * is taken. A report written with --show-secrets carries them and is used as it is (its hashes
 * are still checked). Nothing here weakens redaction: the output is redacted again.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadEffectiveConfig } from '../config/load.js';
import type { RuleSpec } from '../engine/types.js';
import { UserError } from '../errors.js';
import { hashSecret, type Finding } from '../report/finding.js';
import { renderReport } from '../report/report.js';
import { verificationCounts } from '../report/format-text.js';
import type { ParsedReport } from '../report/read-report.js';
import { findRepoRoot } from '../repo-root.js';
import { recoverSecret, SourceReader } from '../verify/locate.js';
import { runVerifyStage } from '../verify/stage.js';
import { colorEnabled, makeChalk } from './output.js';
import { writeOutput } from './write-output.js';

export interface VerifyCliOptions {
  format: string;
  output?: string;
  root?: string;
  config?: string;
  trustRepoVerifiers?: boolean;
  verifyTimeout?: string;
  verifyMaxTime?: string;
  quiet?: boolean;
}

/** Reads the report through the one JSON report reader (src/report/read-report.ts). */
async function parseReport(text: string, name: string): Promise<ParsedReport> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${name}: not valid JSON: ${(e as Error).message}`);
  }
  const { readReport, ReportError } = await import('../report/read-report.js');
  try {
    return readReport(data, name, { keepSecrets: true });
  } catch (e) {
    if (e instanceof ReportError)
      throw new UserError(`${name}: ${e.message}; verify reads the JSON report of \`tokguard scan -f json\``);
    throw e;
  }
}

/** The secret of each finding, or why it could not be had. */
async function recoverSecrets(
  report: ParsedReport,
  reader: SourceReader,
  rules: ReadonlyMap<string, RuleSpec>,
): Promise<{ finding: Finding; missing?: string }[]> {
  const out: { finding: Finding; missing?: string }[] = [];
  for (const f of report.findings) {
    if (f.secret && hashSecret(f.secret) === f.secretHash) {
      out.push({ finding: f });
      continue;
    }
    const text =
      f.source === 'stdin'
        ? undefined
        : await reader.text({ ...f, source: f.source === 'staged' ? 'worktree' : f.source });
    const secret = text === undefined ? undefined : recoverSecret(f, text, rules.get(f.ruleId));
    if (secret !== undefined) out.push({ finding: { ...f, secret } });
    else
      out.push({
        finding: { ...f, secret: '' },
        missing:
          f.source === 'stdin'
            ? 'the secret is not in the report and standard input cannot be read again (scan with --show-secrets)'
            : text === undefined
              ? `not checked: ${f.blob ? `blob ${f.blob.slice(0, 12)}` : f.file} cannot be read again`
              : `not checked: the secret is no longer in ${f.file}`,
      });
  }
  return out;
}

export async function runVerifyCommand(
  reportFile: string,
  opts: VerifyCliOptions,
  globals: { color?: boolean },
): Promise<number> {
  let text: string;
  try {
    text = await readFile(reportFile, 'utf8');
  } catch (e) {
    throw new UserError(`${reportFile}: cannot read report: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const report = await parseReport(text, reportFile);
  const scanRoot = path.resolve(opts.root ?? (report.stats.root === '-' ? '.' : report.stats.root));
  let rootIsFile: boolean;
  try {
    rootIsFile = (await stat(scanRoot)).isFile();
  } catch {
    throw new UserError(`${opts.root ?? report.stats.root}: the scanned folder is not here (give it with --root)`);
  }
  const repoRoot = findRepoRoot(scanRoot);
  const base = repoRoot ?? (rootIsFile ? path.dirname(scanRoot) : scanRoot);
  const config = await loadEffectiveConfig({
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    root: scanRoot,
  });
  const rules = new Map(config.rules.map((r) => [r.id, r]));
  const reader = new SourceReader({ base, ...(repoRoot ? { repo: repoRoot } : {}) });
  const recovered = await recoverSecrets(report, reader, rules);
  const say = (line: string): void => void process.stderr.write(`tokguard: ${line}\n`);
  const checkable = recovered.filter((r) => r.missing === undefined).map((r) => r.finding);
  await runVerifyStage({
    findings: checkable,
    rules: config.rules,
    ...(config.file ? { configFile: config.file } : {}),
    scannedRoot: base,
    trustRepoVerifiers: Boolean(opts.trustRepoVerifiers),
    source: { base, ...(repoRoot ? { repo: repoRoot } : {}) },
    ...(opts.verifyTimeout !== undefined ? { timeoutSeconds: opts.verifyTimeout } : {}),
    ...(opts.verifyMaxTime !== undefined ? { maxTimeSeconds: opts.verifyMaxTime } : {}),
    say,
  });
  const checkedAt = new Date().toISOString();
  for (const r of recovered)
    if (r.missing) r.finding.verification = { status: 'unknown', detail: r.missing, checkedAt };
  const findings = recovered.map((r) => r.finding);

  const toFile = opts.output !== undefined;
  const color =
    !toFile && opts.format === 'text' && colorEnabled(process.stdout, globals.color === false ? false : undefined);
  const out = await renderReport(
    opts.format,
    {
      findings,
      stats: report.stats,
      showSecrets: false,
      rules,
      // The findings are the scan's: its version and rule digest still describe them, so the
      // verified report merges with the other shards' or repositories' (tokguard merge checks both).
      toolVersion: report.toolVersion,
      rulesDigest: report.rulesDigest,
      dropped: report.suppressed,
      ...(report.repositories.length ? { repositories: report.repositories } : {}),
    },
    { color },
  );
  if (toFile) await writeOutput(opts.output!, out);
  else if (out) process.stdout.write(out);
  const counts = verificationCounts(findings) ?? { live: 0, dead: 0, unknown: 0 };
  if (!opts.quiet) {
    const c = await makeChalk(process.stderr, globals.color === false ? false : undefined);
    process.stderr.write(
      `${c.dim(`Verified ${findings.length} finding${findings.length === 1 ? '' : 's'}: ${counts.live} live, ${counts.dead} dead, ${counts.unknown} unknown.`)}\n`,
    );
  }
  return counts.live ? 1 : 0;
}
