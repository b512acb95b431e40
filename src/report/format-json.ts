import type { Finding } from './finding.js';
import type { DroppedFinding, ReportInput } from './report.js';
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
    ...(f.reasons?.length ? { reasons: f.reasons } : {}),
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
  if (f.archive) out.archive = { path: f.archive.path, entry: f.archive.entry };
  if (f.otherOccurrences !== undefined) out.otherOccurrences = f.otherOccurrences;
  if (f.repository !== undefined) out.repository = f.repository;
  if (f.status) out.status = f.status;
  if (f.verification) out.verification = f.verification;
  return out;
}

/**
 * A sharded history scan: where each finding was attributed, in the terms `tokguard merge`
 * compares across shards (see src/report/merge.ts).
 */
function withAttribution(out: Record<string, unknown>, f: Finding): Record<string, unknown> {
  if (f.attribution) out.attribution = f.attribution;
  return out;
}

/** What `tokguard merge` needs of a finding the allowlists dropped: which secret, where, how early. */
function suppressedToJson(f: DroppedFinding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    secretHash: f.secretHash,
    ...(f.decodedFrom ? { decodedFrom: f.decodedFrom } : {}),
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.otherOccurrences !== undefined ? { otherOccurrences: f.otherOccurrences } : {}),
    ...(f.attribution ? { attribution: f.attribution } : {}),
  };
}

/** Strings keep the raw text (file names, lines), escaped as JSON; see `printableJson`. */
export function formatJson(input: ReportInput): string {
  const { stats } = input;
  const counts = verificationCounts(input.findings);
  const sharded = stats.shard !== undefined && stats.mode === 'history';
  const doc = {
    version: JSON_REPORT_VERSION,
    tool: {
      name: 'tokguard',
      version: input.toolVersion,
      ...(input.rulesDigest ? { rulesDigest: input.rulesDigest } : {}),
    },
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
      ...(stats.shard ? { shard: stats.shard } : {}),
    },
    ...(input.repositories ? { repositories: input.repositories } : {}),
    ...(counts ? { verification: counts } : {}),
    findings: input.findings.map((f) =>
      sharded ? withAttribution(findingToJson(f, input.showSecrets), f) : findingToJson(f, input.showSecrets),
    ),
    ...(sharded ? { suppressed: (input.dropped ?? []).map(suppressedToJson) } : {}),
  };
  return `${printableJson(JSON.stringify(doc, null, 2))}\n`;
}
