import type { ChalkInstance } from 'chalk';
import { painter } from './paint.js';
import type { Severity } from '../engine/types.js';
import type { Finding, Verification, VerificationStatus } from './finding.js';
import type { ReportInput, RenderOptions } from './report.js';
import type { ScanStats } from './scan-stats.js';
import { printable, printableLines } from './terminal.js';

const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

function severityColor(c: ChalkInstance, s: Severity): (t: string) => string {
  switch (s) {
    case 'critical':
      return (t) => c.bold.red(t);
    case 'high':
      return (t) => c.red(t);
    case 'medium':
      return (t) => c.yellow(t);
    case 'low':
      return (t) => c.cyan(t);
    default:
      return (t) => c.dim(t);
  }
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Every field from the repository (names, line text, commit metadata) goes through `printable`. */
export function formatFinding(c: ChalkInstance, f: Finding, showSecrets: boolean): string {
  const sev = severityColor(c, f.severity)(f.severity.padEnd(8));
  const where = c.bold(`${printable(f.file)}:${f.line}:${f.column}`);
  const lines = [
    ...(f.repository !== undefined ? [`${c.bold(printable(f.repository))}`] : []),
    `${where}  ${sev} ${printable(f.ruleName)} ${c.dim(`[${printable(f.ruleId)}]`)}${f.status === 'rotated' ? c.green(' (rotated)') : ''}${confidenceNote(c, f)}`,
  ];
  const text = showSecrets ? (f.rawLine ?? f.lineText) : f.lineText;
  lines.push(`    ${c.dim('│')} ${printable(text.trim())}`);
  if (f.decodedFrom) lines.push(`    ${c.dim(`found after decoding ${printable(f.decodedFrom)}`)}`);
  if (f.commit) {
    const cm = f.commit;
    const who = printable(`${cm.author} <${cm.email}> ${cm.date.slice(0, 10)}`);
    lines.push(`    ${c.dim('commit')} ${cm.sha.slice(0, 12)} ${c.dim(who)} ${printable(cm.subject)}`);
    if (f.otherOccurrences) lines.push(`    ${c.dim(`also in ${plural(f.otherOccurrences, 'other commit/path')}`)}`);
  }
  if (f.verification) lines.push(`    ${verificationLine(c, f.verification)}`);
  lines.push(`    ${c.dim(`fingerprint ${f.fingerprint}`)}`);
  return lines.join('\n');
}

/** High confidence goes without saying; anything less is said after the rule. */
function confidenceNote(c: ChalkInstance, f: Finding): string {
  if (f.example) return c.dim(' (example, low confidence)');
  if (f.confidence === 'high') return '';
  return c.dim(` (${[`${f.confidence} confidence`, ...(f.reasons ?? [])].join('; ')})`);
}

function verificationLine(c: ChalkInstance, v: Verification): string {
  const extra = [
    v.identity ? `as ${v.identity}` : '',
    v.scopes?.length ? `scopes: ${v.scopes.join(', ')}` : '',
    v.detail ? `(${v.detail})` : '',
  ].filter(Boolean);
  const head =
    v.status === 'live'
      ? c.bold.red('verified LIVE')
      : v.status === 'dead'
        ? c.green('verified dead')
        : c.yellow('verification unknown');
  // Identity, scopes and detail come from the provider's answer: shown escaped like repository text.
  return [head, ...extra.map((e) => c.dim(printable(e)))].join(' ');
}

/** Findings by verification status; undefined when nothing was verified. */
export function verificationCounts(findings: Finding[]): Record<VerificationStatus, number> | undefined {
  if (!findings.some((f) => f.verification)) return undefined;
  const counts: Record<VerificationStatus, number> = { live: 0, dead: 0, unknown: 0 };
  for (const f of findings) if (f.verification) counts[f.verification.status]++;
  return counts;
}

export function summaryLine(stats: ScanStats, findings: Finding[]): string {
  const counts = ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const what = findings.length
    ? `${plural(findings.length, 'finding')} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`
    : 'no findings';
  const scope =
    stats.mode === 'history'
      ? `${plural(stats.commits ?? 0, 'commit')}, ${plural(stats.blobs ?? 0, 'blob')} (${formatBytes(stats.bytes)})`
      : `${plural(stats.files, 'file')} (${formatBytes(stats.bytes)})`;
  const v = verificationCounts(findings);
  const verified = v ? ` Verified: ${v.live} live, ${v.dead} dead, ${v.unknown} unknown.` : '';
  return `${what}; scanned ${scope} in ${(stats.durationMs / 1000).toFixed(2)} s with ${plural(stats.rules, 'rule')}.${verified}`;
}

export function skippedLine(stats: ScanStats, maxFileSize?: number): string | undefined {
  const s = stats.skipped;
  const parts: string[] = [];
  if (s.binary) parts.push(`${plural(s.binary, 'binary file')}`);
  if (s['too-large'])
    parts.push(`${plural(s['too-large'], 'file')} over ${maxFileSize ? formatBytes(maxFileSize) : 'the size limit'}`);
  if (s['lfs-pointer']) parts.push(`${plural(s['lfs-pointer'], 'Git LFS pointer')}`);
  // tokguard's own reports are scanned, only their hashes are set aside (src/sources/tokguard-output.ts).
  if (s['tokguard-output']) parts.push(`the hashes in ${plural(s['tokguard-output'], 'tokguard report')}`);
  if (s['archive-entry']) parts.push(`${s['archive-entry']} archive ${s['archive-entry'] === 1 ? 'entry' : 'entries'}`);
  if (s.submodule) parts.push(`${plural(s.submodule, 'submodule')} (not followed)`);
  if (s.symlink) parts.push(`${plural(s.symlink, 'symbolic link')}`);
  if (s.unreadable) parts.push(`${plural(s.unreadable, 'unreadable file')}`);
  return parts.length ? `Skipped ${parts.join(', ')}.` : undefined;
}

export async function formatText(input: ReportInput, options: RenderOptions): Promise<string> {
  const c = await painter(options.color);
  const out: string[] = [];
  for (const f of input.findings) out.push(formatFinding(c, f, input.showSecrets), '');
  return out.length ? printableLines(`${out.join('\n')}\n`) : '';
}
