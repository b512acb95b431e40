/**
 * `tokguard merge`: joins JSON reports (the shards of one scan, or per-repository reports) into
 * one set of findings and one summary.
 *
 *   read      each report is checked at run time (it is a file from elsewhere)
 *   agree     every report was written by the same tokguard version with the same rule digest
 *   fold      sharded history findings of one secret become one, at the place an unsharded scan
 *             picks (the earliest attribution, src/report/attribution.ts); every other finding
 *             is kept once per place (fingerprint, line, column, commit)
 *   summary   counts are added up again
 */
import { SEVERITIES, type Severity } from '../engine/types.js';
import { attributionBefore, type AttributionPlace } from './attribution.js';
import type { CommitInfo, Finding, SourceKind, Verification } from './finding.js';
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

function findingOf(v: unknown, where: string): Finding {
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
    tags: strings(o, 'tags', where),
    source: source as SourceKind,
    file: str(o, 'file', where),
    line: num(o, 'line', where),
    column: num(o, 'column', where),
    endLine: num(o, 'endLine', where),
    endColumn: num(o, 'endColumn', where),
    // A merged report never holds a secret: only what the reports show, redacted.
    secret: '',
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
  const other = optNum(o, 'otherOccurrences', where);
  if (other !== undefined) f.otherOccurrences = other;
  const at = attribution(o, where);
  if (at) f.attribution = at;
  const repository = optStr(o, 'repository', where);
  if (repository !== undefined) f.repository = repository;
  if (o.status === 'rotated') f.status = 'rotated';
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
  const other = optNum(o, 'otherOccurrences', where);
  if (other !== undefined) entry.otherOccurrences = other;
  const at = attribution(o, where);
  if (at) entry.attribution = at;
  const repository = optStr(o, 'repository', where);
  if (repository !== undefined) entry.repository = repository;
  return entry;
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

/** Checks a parsed JSON document and reads it as a report. Throws ReportError naming the field. */
export function readReport(doc: unknown, file: string): ParsedReport {
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
    findings: o.findings.map((f, i) => findingOf(f, `findings[${i}]`)),
    suppressed: ((o.suppressed as unknown[] | undefined) ?? []).map((f, i) => suppressedOf(f, `suppressed[${i}]`)),
    repositories: repositoriesOf(o.repositories),
  };
}

/** One line saying why the reports cannot be merged, or undefined when they agree. */
export function disagreement(reports: readonly ParsedReport[]): string | undefined {
  const first = reports[0];
  if (!first) return undefined;
  for (const r of reports.slice(1)) {
    if (r.toolVersion !== first.toolVersion)
      return `cannot merge reports of different tokguard versions: ${first.file} is ${first.toolVersion}, ${r.file} is ${r.toolVersion}`;
    if (r.rulesDigest !== first.rulesDigest)
      return `cannot merge reports made with different rules: ${first.file} has rule digest ${first.rulesDigest.slice(0, 12)}, ${r.file} has ${r.rulesDigest.slice(0, 12)}`;
  }
  return undefined;
}

export interface MergedReport {
  toolVersion: string;
  rulesDigest: string;
  stats: ScanStats;
  findings: Finding[];
  repositories: RepositoryResult[];
}

/** A candidate for a sharded secret's one finding: a kept finding, or one an allowlist dropped. */
interface Candidate {
  place: AttributionPlace;
  occurrences: number;
  finding?: Finding;
}

function secretKey(f: { repository?: string; ruleId: string; secretHash: string; decodedFrom?: string }): string {
  return `${f.repository ?? ''}\0${f.ruleId}\0${f.secretHash}\0${f.decodedFrom ?? ''}`;
}

function placeKey(f: Finding): string {
  return `${f.repository ?? ''}\0${f.fingerprint}\0${f.line}\0${f.column}\0${f.commit?.sha ?? ''}\0${f.source}`;
}

/**
 * Sharded history findings carry `attribution`: one secret's candidates from every shard become
 * the one finding an unsharded scan reports (or none, when the earliest was allowlisted), with
 * the other commits and paths of all shards counted (each shard's are its own blobs', so they
 * add up). Everything else is kept once per place.
 */
export function foldFindings(reports: readonly ParsedReport[]): Finding[] {
  const groups = new Map<string, Candidate[]>();
  const add = (key: string, c: Candidate): void => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(c);
  };
  const out = new Map<string, Finding>();
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.attribution && f.source === 'history') {
        add(secretKey(f), {
          place: { ...f.attribution, path: f.file, line: f.line, column: f.column },
          occurrences: (f.otherOccurrences ?? 0) + 1,
          finding: f,
        });
      } else if (!out.has(placeKey(f))) out.set(placeKey(f), f);
    }
    for (const s of r.suppressed)
      if (s.attribution)
        add(secretKey(s), {
          place: { ...s.attribution, path: s.file, line: s.line, column: s.column },
          occurrences: (s.otherOccurrences ?? 0) + 1,
        });
  }
  for (const group of groups.values()) {
    let best = group[0]!;
    for (const c of group) if (attributionBefore(c.place, best.place)) best = c;
    if (!best.finding) continue;
    const occurrences = new Set<string>();
    let total = 0;
    for (const c of group) {
      // The same shard report given twice is one set of places, not two.
      const id = `${c.place.time}\0${c.place.order}\0${c.place.path}\0${c.place.line}\0${c.place.column}`;
      if (occurrences.has(id)) continue;
      occurrences.add(id);
      total += c.occurrences;
    }
    const f: Finding = { ...best.finding, otherOccurrences: total - 1 };
    delete f.attribution;
    if (!out.has(placeKey(f))) out.set(placeKey(f), f);
  }
  return [...out.values()];
}

function addSkips(a: SkipCounts, b: SkipCounts): SkipCounts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof SkipCounts)[]) out[k] += b[k];
  return out;
}

/**
 * The summary of the merged scan: files, bytes, blobs and skips add up (shards and repositories
 * read disjoint sets); commits are counted once per scanned root (every shard of a repository
 * walks all of its commits); the time is the longest report's (they ran side by side).
 */
export function mergeStats(reports: readonly ParsedReport[]): ScanStats {
  const first = reports[0]!.stats;
  const roots = new Set(reports.map((r) => r.stats.root));
  const commitsByRoot = new Map<string, number>();
  const stats: ScanStats = {
    mode: first.mode,
    root: roots.size === 1 ? first.root : `${roots.size} scans`,
    files: 0,
    bytes: 0,
    skipped: { binary: 0, 'too-large': 0, unreadable: 0, symlink: 0, 'lfs-pointer': 0, submodule: 0 },
    unreadable: [],
    rules: 0,
    durationMs: 0,
  };
  const unreadable = new Set<string>();
  const notes = new Set<string>();
  let blobs: number | undefined;
  for (const { stats: s } of reports) {
    stats.files += s.files;
    stats.bytes += s.bytes;
    stats.skipped = addSkips(stats.skipped, s.skipped);
    for (const u of s.unreadable) unreadable.add(u);
    for (const n of s.notes ?? []) notes.add(n);
    stats.rules = Math.max(stats.rules, s.rules);
    stats.durationMs = Math.max(stats.durationMs, s.durationMs);
    if (s.commits !== undefined) commitsByRoot.set(s.root, Math.max(commitsByRoot.get(s.root) ?? 0, s.commits));
    if (s.blobs !== undefined) blobs = (blobs ?? 0) + s.blobs;
  }
  stats.unreadable = [...unreadable];
  if (notes.size) stats.notes = [...notes];
  if (commitsByRoot.size) stats.commits = [...commitsByRoot.values()].reduce((a, b) => a + b, 0);
  if (blobs !== undefined) stats.blobs = blobs;
  if (stats.mode === 'history') {
    stats.commits ??= 0;
    stats.blobs ??= 0;
  } else {
    delete stats.commits;
    delete stats.blobs;
  }
  return stats;
}

/** Reports that agree (see `disagreement`), merged. */
export function mergeReports(reports: readonly ParsedReport[]): MergedReport {
  const first = reports[0]!;
  return {
    toolVersion: first.toolVersion,
    rulesDigest: first.rulesDigest,
    stats: mergeStats(reports),
    findings: foldFindings(reports),
    repositories: reports.flatMap((r) => r.repositories),
  };
}
