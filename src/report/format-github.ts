/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * which GitHub shows on the pull request's diff. Findings that fail the build (`--fail-on`) are
 * errors; the others are warnings (medium and above) or notices. No secret appears.
 */
import type { Severity } from '../engine/types.js';
import type { Finding } from './finding.js';
import { DEFAULT_FAIL_ON, failsBuild, isTestKey, severityRank } from './filters.js';
import type { RenderOptions, ReportInput } from './report.js';
import { printable } from './terminal.js';

/**
 * Escaping for the message part (after `::`), as GitHub documents it (and its toolkit does):
 * `%`, CR and LF, which the runner decodes after it has parsed the command. The other control
 * characters have no such escape: they are shown as in the text report (`\x1b`), so an
 * annotation carries none to the log or the pull request.
 */
export function escapeData(s: string): string {
  return printable(s, { lineBreaks: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for `key=value` properties: also `:` and `,`, which delimit them. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function level(f: Finding, failOn: Severity): 'error' | 'warning' | 'notice' {
  if (failsBuild(f, failOn)) return 'error';
  return severityRank(f.severity) >= severityRank('medium') && !isTestKey(f) && f.status !== 'rotated'
    ? 'warning'
    : 'notice';
}

function message(f: Finding): string {
  const parts = [`${f.ruleName} (${f.severity}${isTestKey(f) ? ', test key' : ''}) found by rule ${f.ruleId}.`];
  if (f.status === 'rotated') parts.push('Already rotated by tokguard rotate; remove the old value.');
  else parts.push('Revoke and rotate it, then remove it from the code.');
  if (f.commit) parts.push(`Introduced in ${f.commit.sha.slice(0, 12)}.`);
  parts.push(`Fingerprint ${f.fingerprint}.`);
  return parts.join(' ');
}

export function format(input: ReportInput, options?: RenderOptions): string {
  const failOn = options?.failOn ?? DEFAULT_FAIL_ON;
  const lines = input.findings.map((f) => {
    const props = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `endLine=${f.endLine}`,
      `col=${f.column}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProperty(`tokguard: ${f.ruleName}`)}`,
    ];
    return `::${level(f, failOn)} ${props.join(',')}::${escapeData(message(f))}`;
  });
  for (const u of input.stats.unreadable)
    lines.push(`::error title=${escapeProperty('tokguard: unreadable file')}::${escapeData(`cannot read ${u}`)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
