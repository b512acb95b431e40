import type { Finding } from './finding.js';
import type { ReportInput } from './report.js';
import { verificationCounts } from './format-text.js';
import { printableJson } from './terminal.js';

/** Version of the JSON report schema (documented in README.md); bump on breaking changes. */
export const JSON_REPORT_VERSION = 1;

export function findingToJson(f: Finding, showSecrets: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    severity: f.severity,
    confidence: f.confidence,
    ...(f.example ? { example: true } : {}),
    tags: f.tags,
    source: f.source,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    redacted: f.redacted,
    lineText: showSecrets ? (f.rawLine ?? f.lineText) : f.lineText,
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
  };
  if (showSecrets) out.secret = f.secret;
  if (f.decodedFrom) out.decodedFrom = f.decodedFrom;
  if (f.commit) out.commit = f.commit;
  if (f.blob) out.blob = f.blob;
  if (f.otherOccurrences !== undefined) out.otherOccurrences = f.otherOccurrences;
  if (f.status) out.status = f.status;
  if (f.verification) out.verification = f.verification;
  return out;
}

/** Strings keep the raw text (file names, lines), escaped as JSON; see `printableJson`. */
export function formatJson(input: ReportInput): string {
  const { stats } = input;
  const counts = verificationCounts(input.findings);
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'tokguard', version: input.toolVersion },
    scan: {
      mode: stats.mode,
      root: stats.root,
      files: stats.files,
      bytes: stats.bytes,
      ...(stats.commits !== undefined ? { commits: stats.commits } : {}),
      ...(stats.blobs !== undefined ? { blobs: stats.blobs } : {}),
      skipped: stats.skipped,
      unreadable: stats.unreadable,
      rules: stats.rules,
      durationMs: Math.round(stats.durationMs),
      ...(stats.notes?.length ? { notes: stats.notes } : {}),
    },
    ...(counts ? { verification: counts } : {}),
    findings: input.findings.map((f) => findingToJson(f, input.showSecrets)),
  };
  return `${printableJson(JSON.stringify(doc, null, 2))}\n`;
}
