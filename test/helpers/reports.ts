import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { runCli } from './cli.js';

export interface ReportFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  fingerprint: string;
  secretHash: string;
  otherOccurrences?: number;
  commit?: { sha: string };
  repository?: string;
  archive?: { path: string; entry: string };
}

export interface Report {
  tool: { version: string; rulesDigest?: string };
  scan: { mode: string; files: number; blobs?: number; commits?: number; notes?: string[]; shard?: unknown };
  findings: ReportFinding[];
  suppressed?: unknown[];
  repositories?: { repository: string; status: string; error?: string }[];
}

export function readReport(file: string): Report {
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

/**
 * What must be the same between a sharded and an unsharded scan: commits, paths, lines,
 * fingerprints, and the archive a finding lies in.
 */
export function comparable(report: Report): string[] {
  return report.findings
    .map(
      (f) =>
        `${f.repository ?? ''} ${f.fingerprint} ${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.commit?.sha ?? '-'} +${f.otherOccurrences ?? '-'}${f.archive ? ` in ${f.archive.path} at ${f.archive.entry}` : ''}`,
    )
    .sort();
}

/** Runs `tokguard ARGS -f json -o DIR/NAME.json` and returns the report (exit 0 or 1 expected). */
export async function jsonScan(
  dir: string,
  name: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Report> {
  const out = path.join(dir, `${name}.json`);
  const r = await runCli([...args, '-f', 'json', '-o', out], opts);
  expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
  return readReport(out);
}
