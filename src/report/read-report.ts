/**
 * Reading a tokguard JSON report back (`tokguard merge`, `tokguard verify`): it is a file from
 * elsewhere, so every field used is checked at run time and a bad one is named.
 */
import { CONFIDENCES, SEVERITIES, type Severity } from '../engine/types.js';
import type { ArchiveEntry, CommitInfo, Finding, SourceKind, Verification } from './finding.js';
import type { RepositoryResult } from './report.js';
import type { ScanStats, SkipCounts } from './scan-stats.js';

/** A report as read from a file, after the checks. */
export interface ParsedReport {
  file: string;
  toolVersion: string;
  rulesDigest: string;
  stats: ScanStats;
  findings: Finding[];
  /** Sharded history reports: findings the allowlists dropped (see format-json.ts). */
  suppressed: SuppressedEntry[];
  repositories: RepositoryResult[];
}

export interface SuppressedEntry {
  ruleId: string;
  secretHash: string;
  decodedFrom?: string;
  file: string;
  line: number;
  column: number;
  otherOccurrences?: number;
  attribution?: { time: number; order: number };
  repository?: string;
}

/** Why a report cannot be read; the message names the field. */
export class ReportError extends Error {}

type Json = Record<string, unknown>;

function obj(v: unknown, where: string): Json {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ReportError(`${where} is not an object`);
  return v as Json;
}
function str(o: Json, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new ReportError(`${where}.${key} is not a string`);
  return v;
}
function optStr(o: Json, key: string, where: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, where);
}
function num(o: Json, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ReportError(`${where}.${key} is not a number`);
  return v;
}
function optNum(o: Json, key: string, where: string): number | undefined {
  return o[key] === undefined ? undefined : num(o, key, where);
}
function strings(o: Json, key: string, where: string): string[] {
  const v = o[key] ?? [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new ReportError(`${where}.${key} is not a list of strings`);
  return v as string[];
}

const SOURCES: readonly SourceKind[] = ['worktree', 'staged', 'history', 'stdin'];

function attribution(o: Json, where: string): { time: number; order: number } | undefined {
  if (o.attribution === undefined) return undefined;
  const a = obj(o.attribution, `${where}.attribution`);
  return { time: num(a, 'time', `${where}.attribution`), order: num(a, 'order', `${where}.attribution`) };
}

function commitOf(o: Json, where: string): CommitInfo | undefined {
  if (o.commit === undefined) return undefined;
  const c = obj(o.commit, `${where}.commit`);
  const w = `${where}.commit`;
  return {
    sha: str(c, 'sha', w),
    author: str(c, 'author', w),
    email: str(c, 'email', w),
    date: str(c, 'date', w),
    subject: str(c, 'subject', w),
  };
}

/** The archive a finding lies in; it must agree with the finding's `file` (`path!/entry`). */
function archiveOf(o: Json, file: string, where: string): ArchiveEntry | undefined {
  if (o.archive === undefined) return undefined;
  const w = `${where}.archive`;
  const a = obj(o.archive, w);
  const archive = { path: str(a, 'path', w), entry: str(a, 'entry', w) };
  if (!archive.path || !archive.entry || file !== `${archive.path}!/${archive.entry}`)
    throw new ReportError(`${w} does not name ${where}.file as archive!/entry`);
  return archive;
}

function findingOf(v: unknown, where: string, keepSecrets: boolean): Finding {
  const o = obj(v, where);
  const severity = str(o, 'severity', where);
  if (!(SEVERITIES as readonly string[]).includes(severity))
    throw new ReportError(`${where}.severity is not a severity`);
  const source = str(o, 'source', where);
  if (!(SOURCES as readonly string[]).includes(source)) throw new ReportError(`${where}.source is not a source`);
  const f: Finding = {
    ruleId: str(o, 'ruleId', where),
    ruleName: str(o, 'ruleName', where),
    severity: severity as Severity,
    // Reports written before confidence existed have none: read as `high`.
    confidence: (CONFIDENCES as readonly unknown[]).includes(o.confidence)
      ? (o.confidence as Finding['confidence'])
      : 'high',
    tags: strings(o, 'tags', where),
    source: source as SourceKind,
    file: str(o, 'file', where),
    line: num(o, 'line', where),
    column: num(o, 'column', where),
    endLine: num(o, 'endLine', where),
    endColumn: num(o, 'endColumn', where),
    // Only a report written with --show-secrets holds the secret, and only verify asks for it.
    secret: (keepSecrets ? optStr(o, 'secret', where) : undefined) ?? '',
    redacted: str(o, 'redacted', where),
    lineText: str(o, 'lineText', where),
    secretHash: str(o, 'secretHash', where),
    fingerprint: str(o, 'fingerprint', where),
  };
  const decodedFrom = optStr(o, 'decodedFrom', where);
  if (decodedFrom !== undefined) f.decodedFrom = decodedFrom;
  const commit = commitOf(o, where);
  if (commit) f.commit = commit;
  const blob = optStr(o, 'blob', where);
  if (blob !== undefined) f.blob = blob;
  const archive = archiveOf(o, f.file, where);
  if (archive) f.archive = archive;
  occurrenceOf(o, where, f);
  if (o.status === 'rotated') f.status = 'rotated';
  if (o.example === true) f.example = true;
  if (Array.isArray(o.reasons) && o.reasons.every((r) => typeof r === 'string')) f.reasons = o.reasons as string[];
  if (o.verification !== undefined)
    f.verification = obj(o.verification, `${where}.verification`) as unknown as Verification;
  return f;
}

function suppressedOf(v: unknown, where: string): SuppressedEntry {
  const o = obj(v, where);
  const entry: SuppressedEntry = {
    ruleId: str(o, 'ruleId', where),
    secretHash: str(o, 'secretHash', where),
    file: str(o, 'file', where),
    line: num(o, 'line', where),
    column: num(o, 'column', where),
  };
  const decodedFrom = optStr(o, 'decodedFrom', where);
  if (decodedFrom !== undefined) entry.decodedFrom = decodedFrom;
  occurrenceOf(o, where, entry);
  return entry;
}

/**
 * What a finding and a suppressed entry both say of a secret's occurrence, when given: its
 * other places, its place in the history (attribution) and the repository of a `--repos` scan.
 */
function occurrenceOf(
  o: Json,
  where: string,
  into: Pick<SuppressedEntry, 'otherOccurrences' | 'attribution' | 'repository'>,
): void {
  const other = optNum(o, 'otherOccurrences', where);
  if (other !== undefined) into.otherOccurrences = other;
  const at = attribution(o, where);
  if (at) into.attribution = at;
  const repository = optStr(o, 'repository', where);
  if (repository !== undefined) into.repository = repository;
}

function skippedOf(v: unknown): SkipCounts {
  const o = obj(v, 'scan.skipped');
  const n = (k: keyof SkipCounts): number => optNum(o, k, 'scan.skipped') ?? 0;
  return {
    binary: n('binary'),
    'too-large': n('too-large'),
    unreadable: n('unreadable'),
    symlink: n('symlink'),
    'lfs-pointer': n('lfs-pointer'),
    submodule: n('submodule'),
    'tokguard-output': n('tokguard-output'),
    'archive-entry': n('archive-entry'),
  };
}

function statsOf(v: unknown): ScanStats {
  const o = obj(v, 'scan');
  const mode = str(o, 'mode', 'scan');
  if (!(SOURCES as readonly string[]).includes(mode)) throw new ReportError('scan.mode is not a scan mode');
  const stats: ScanStats = {
    mode: mode as ScanStats['mode'],
    root: str(o, 'root', 'scan'),
    files: num(o, 'files', 'scan'),
    bytes: num(o, 'bytes', 'scan'),
    skipped: skippedOf(o.skipped ?? {}),
    unreadable: strings(o, 'unreadable', 'scan'),
    rules: num(o, 'rules', 'scan'),
    durationMs: num(o, 'durationMs', 'scan'),
  };
  const commits = optNum(o, 'commits', 'scan');
  if (commits !== undefined) stats.commits = commits;
  const blobs = optNum(o, 'blobs', 'scan');
  if (blobs !== undefined) stats.blobs = blobs;
  const notes = strings(o, 'notes', 'scan');
  if (notes.length) stats.notes = notes;
  if (o.shard !== undefined) {
    const s = obj(o.shard, 'scan.shard');
    stats.shard = { index: num(s, 'index', 'scan.shard'), total: num(s, 'total', 'scan.shard') };
  }
  return stats;
}

function repositoriesOf(v: unknown): RepositoryResult[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ReportError('repositories is not a list');
  return v.map((r, i) => {
    const o = obj(r, `repositories[${i}]`);
    const status = str(o, 'status', `repositories[${i}]`);
    if (status !== 'scanned' && status !== 'failed')
      throw new ReportError(`repositories[${i}].status is not scanned or failed`);
    const out: RepositoryResult = { repository: str(o, 'repository', `repositories[${i}]`), status };
    const error = optStr(o, 'error', `repositories[${i}]`);
    if (error !== undefined) out.error = error;
    const findings = optNum(o, 'findings', `repositories[${i}]`);
    if (findings !== undefined) out.findings = findings;
    const durationMs = optNum(o, 'durationMs', `repositories[${i}]`);
    if (durationMs !== undefined) out.durationMs = durationMs;
    return out;
  });
}

/**
 * Checks a parsed JSON document and reads it as a report. Throws ReportError naming the field.
 * A secret in the report (written with --show-secrets) is kept only with `keepSecrets`.
 */
export function readReport(doc: unknown, file: string, { keepSecrets = false } = {}): ParsedReport {
  const o = obj(doc, 'the report');
  if (o.version !== 1) throw new ReportError('not a tokguard JSON report (version is not 1)');
  const tool = obj(o.tool, 'tool');
  if (tool.name !== 'tokguard') throw new ReportError('not a tokguard JSON report (tool.name)');
  const rulesDigest = tool.rulesDigest;
  if (typeof rulesDigest !== 'string')
    throw new ReportError('has no tool.rulesDigest (written by an older tokguard; scan again to merge it)');
  if (!Array.isArray(o.findings)) throw new ReportError('findings is not a list');
  if (o.suppressed !== undefined && !Array.isArray(o.suppressed)) throw new ReportError('suppressed is not a list');
  return {
    file,
    toolVersion: str(tool, 'version', 'tool'),
    rulesDigest,
    stats: statsOf(o.scan),
    findings: o.findings.map((f, i) => findingOf(f, `findings[${i}]`, keepSecrets)),
    suppressed: ((o.suppressed as unknown[] | undefined) ?? []).map((f, i) => suppressedOf(f, `suppressed[${i}]`)),
    repositories: repositoriesOf(o.repositories),
  };
}
