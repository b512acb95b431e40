/**
 * SARIF 2.1.0 for code-scanning services (GitHub code scanning, GitLab, Azure DevOps). Rules
 * that fired are listed in `tool.driver.rules`; each result points at the repository-relative
 * file and the secret's span, and carries the finding's content fingerprint in
 * `partialFingerprints`, so a service tracks one alert across runs even when lines move.
 * Secrets never appear, not even redacted.
 */
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import type { Confidence, Severity } from '../engine/types.js';
import type { Finding } from './finding.js';
import { gateSeverity, isTestKey } from './filters.js';
import { verificationCounts } from './format-text.js';
import type { RenderOptions, ReportInput } from './report.js';
import { printableJson } from './terminal.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://tokguard.dev';
/** Key of our entry in `partialFingerprints`; bump the version if the fingerprint's recipe changes. */
export const FINGERPRINT_KEY = 'tokguard/v1';

/** SARIF's `rank` (0–100, how relevant a result is) from the finding's confidence. */
const SARIF_RANK: Record<Confidence, number> = { high: 90, medium: 60, low: 30 };

/** GitHub reads `security-severity` (0–10) to rank alerts as critical/high/medium/low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

/** A result's `properties`: what SARIF has no field of its own for. */
function resultProperties(f: Finding): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    severity: f.severity,
    confidence: f.confidence,
    secretHash: f.secretHash,
  };
  if (isTestKey(f)) properties.testKey = true;
  if (f.example) properties.example = true;
  if (f.reasons?.length) properties.reasons = f.reasons;
  if (f.status) properties.status = f.status;
  if (f.decodedFrom) properties.decodedFrom = f.decodedFrom;
  if (f.commit)
    properties.commit = {
      sha: f.commit.sha,
      author: f.commit.author,
      date: f.commit.date,
      subject: f.commit.subject,
    };
  if (f.blob) properties.blob = f.blob;
  if (f.archive) properties.archive = { path: f.archive.path, entry: f.archive.entry };
  if (f.otherOccurrences !== undefined) properties.otherOccurrences = f.otherOccurrences;
  if (f.verification) properties.verification = f.verification;
  if (f.repository !== undefined) properties.repository = f.repository;
  return properties;
}

export function sarifLevel(severity: Severity): Result.level {
  switch (severity) {
    case 'critical':
    case 'high':
      return 'error';
    case 'medium':
      return 'warning';
    default:
      return 'note';
  }
}

/** `github-pat-classic` → `GithubPatClassic` (SARIF rule names are identifier-like). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function artifactUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function resultMessage(f: Finding): string {
  const parts = [`${f.ruleName} found (rule ${f.ruleId}).`];
  if (f.status === 'rotated')
    parts.push('tokguard rotate has already rotated this secret; remove the old value from the code.');
  else if (isTestKey(f))
    parts.push('This is a test-mode key: it cannot reach live data, but should not be committed either.');
  else parts.push('Revoke and rotate it, then remove it from the code.');
  const v = f.verification;
  if (v?.status === 'live') parts.push(`Verified live at the provider${v.identity ? ` (${v.identity})` : ''}.`);
  else if (v?.status === 'dead') parts.push('The provider rejects it (verified dead).');
  if (f.decodedFrom) parts.push(`Found after decoding ${f.decodedFrom}.`);
  if (f.commit) parts.push(`Introduced in commit ${f.commit.sha.slice(0, 12)}.`);
  if (f.repository !== undefined) parts.push(`Repository ${f.repository}.`);
  return parts.join(' ');
}

export function toSarif(input: ReportInput): Log {
  const fired = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  const index = new Map(fired.map((id, i) => [id, i]));
  const rules: ReportingDescriptor[] = fired.map((id) => {
    const meta = input.rules.get(id);
    const sample = input.findings.find((f) => f.ruleId === id)!;
    const severity = (meta?.severity ?? sample.severity) as Severity;
    const title = meta?.name ?? sample.ruleName;
    const tags = meta?.tags ?? sample.tags;
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: title },
      fullDescription: { text: meta?.description?.trim() || title },
      ...(meta?.references?.[0] ? { helpUri: meta.references[0] } : {}),
      help: {
        text: `${title}. Revoke the credential at its provider, issue a new one, store it in a secret manager and read it from there; removing it from the code is not enough once it has been committed (tokguard rotate automates this for supported providers).`,
      },
      defaultConfiguration: { level: sarifLevel(severity) },
      properties: {
        tags: ['security', 'secret', ...tags.filter((t) => t !== 'security' && t !== 'secret')],
        'security-severity': SECURITY_SEVERITY[severity],
        precision: 'high',
        severity,
      },
    };
  });

  const results: Result[] = input.findings.map((f) => {
    const properties = resultProperties(f);
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      kind: 'fail',
      // What --fail-on counts as info (test keys, examples, failed checksums) is a note too.
      level: f.status === 'rotated' ? 'note' : sarifLevel(gateSeverity(f)),
      rank: SARIF_RANK[f.confidence],
      message: { text: resultMessage(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(f.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: f.line,
              startColumn: f.column,
              endLine: f.endLine,
              endColumn: Math.max(f.endColumn, 1),
            },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
      properties,
    };
  });

  const counts = verificationCounts(input.findings);
  const run: Run = {
    tool: {
      driver: {
        name: 'tokguard',
        version: input.toolVersion,
        semanticVersion: input.toolVersion,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: input.stats.unreadable.length === 0,
        ...(input.stats.unreadable.length
          ? {
              toolExecutionNotifications: input.stats.unreadable.map((u) => ({
                level: 'error' as const,
                message: { text: `cannot read ${u}` },
              })),
            }
          : {}),
      },
    ],
    columnKind: 'unicodeCodePoints',
    results,
    properties: { scanMode: input.stats.mode, ...(counts ? { verification: counts } : {}) },
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export function format(input: ReportInput, _options?: RenderOptions): string {
  return `${printableJson(JSON.stringify(toSarif(input), null, 2))}\n`;
}
