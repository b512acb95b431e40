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
import { attributionBefore, type AttributionPlace } from './attribution.js';
import type { Finding } from './finding.js';
import type { ParsedReport } from './read-report.js';
import type { RepositoryResult } from './report.js';
import { type ScanStats, type SkipCounts, emptyScanStats } from './scan-stats.js';

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
  const stats = emptyScanStats(first.mode, roots.size === 1 ? first.root : `${roots.size} scans`);
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
