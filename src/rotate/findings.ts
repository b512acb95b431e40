/**
 * Where rotation gets its findings: the same config loading and finding pipeline as `tokguard
 * scan` (src/scan/pipeline.ts), so custom rules, allowlists, `disable`, the baseline and the
 * rotated record apply alike. A JSON report (secrets redacted) selects which of those findings
 * to rotate: each is matched to the scan's finding with the same fingerprint, which also gives
 * its literal, in memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { hashSecret, type ArchiveEntry, type Finding } from '../report/finding.js';
import type { EffectiveConfig } from '../config/load.js';
import { secrets } from './types.js';

/** The fields rotation needs, with the secret recovered. */
export interface LiveFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fingerprint: string;
  secretHash: string;
  redacted: string;
  secret: string;
  /** The finding is in an entry of this zip archive, which rotate reads but never writes. */
  archive?: ArchiveEntry;
}

export interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secretHash: string;
}

/** UTF-16 index of a 1-based (line, code-point column) position, or -1. */
function indexOf(lineStarts: number[], text: string, line: number, column: number): number {
  const start = lineStarts[line - 1];
  if (start === undefined || column < 1) return -1;
  let i = start;
  for (let c = 1; c < column; c++) {
    if (i >= text.length || text[i] === '\n') return -1;
    const cp = text.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The literal at a recorded location, if its hash still matches. End column may be exclusive or inclusive. */
export function literalAt(text: string, loc: Located): string | undefined {
  const starts = lineStartsOf(text);
  const a = indexOf(starts, text, loc.line, loc.column);
  const b = indexOf(starts, text, loc.endLine, loc.endColumn);
  if (a < 0 || b < 0) return undefined;
  for (const end of [b, b + 1, b + 2]) {
    const cand = text.slice(a, end);
    if (hashSecret(cand) === loc.secretHash) return cand;
  }
  return undefined;
}

function live(f: Omit<LiveFinding, 'secret'>, secret: string): LiveFinding {
  if (hashSecret(secret) !== f.secretHash)
    throw new Error('internal error: a finding whose secret does not match its hash');
  secrets.add(secret);
  secrets.addPublic([f.ruleId, f.file]);
  return {
    ruleId: f.ruleId,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
    secretHash: f.secretHash,
    redacted: f.redacted,
    secret,
    ...(f.archive ? { archive: f.archive } : {}),
  };
}

/** A finding as the JSON report holds it: no secret. */
type ReportFinding = Pick<LiveFinding, 'ruleId' | 'file' | 'line' | 'fingerprint' | 'secretHash'> & { source?: string };

export interface ScannedFindings {
  /** What rotation may rotate. */
  findings: LiveFinding[];
  /** Findings whose secret `.tokguard-rotated.json` already records as rotated: never rotated again. */
  rotated: LiveFinding[];
  /** --report entries the scan does not find (rotated already, suppressed by the config, or gone). */
  missing: ReportFinding[];
  config: EffectiveConfig;
}

/** Runs the scan pipeline on the working tree, as `tokguard scan` would with the same config. */
async function scanWorktree(
  root: string,
  config: string | undefined,
): Promise<{ all: Finding[]; config: EffectiveConfig }> {
  const { runScan } = await import('../scan/pipeline.js');
  const outcome = await runScan({ target: root, mode: 'worktree', ...(config !== undefined ? { config } : {}) });
  return { all: outcome.findings, config: outcome.config };
}

export async function findingsFromScan(root: string, config?: string): Promise<ScannedFindings> {
  const { all, config: eff } = await scanWorktree(root, config);
  const alive = all.filter((f) => f.status !== 'rotated');
  return {
    findings: alive.map((f) => live(f, f.secret)),
    rotated: all.filter((f) => f.status === 'rotated').map((f) => live(f, f.secret)),
    missing: [],
    config: eff,
  };
}

function readReport(reportPath: string): ReportFinding[] {
  let doc: { version?: unknown; findings?: unknown };
  try {
    doc = JSON.parse(readFileSync(reportPath, 'utf8')) as typeof doc;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      `--report ${reportPath}: ${code === 'ENOENT' ? 'no such file' : `not a JSON report (${(err as Error).message})`}`,
    );
  }
  if (doc.version !== 1 || !Array.isArray(doc.findings))
    throw new UserError(`--report ${reportPath}: not a tokguard JSON report (version 1)`);
  const wanted: ReportFinding[] = [];
  for (const [i, raw] of (doc.findings as unknown[]).entries()) {
    const f = raw as Partial<ReportFinding>;
    if (
      typeof f.ruleId !== 'string' ||
      typeof f.file !== 'string' ||
      typeof f.secretHash !== 'string' ||
      typeof f.fingerprint !== 'string' ||
      typeof f.line !== 'number'
    ) {
      throw new UserError(`--report ${reportPath}: findings[${i}] lacks ruleId, file, line, fingerprint or secretHash`);
    }
    if (f.source && f.source !== 'worktree' && f.source !== 'staged') continue; // history findings have no file to rewrite
    wanted.push(f as ReportFinding);
  }
  return wanted;
}

/**
 * The report's findings that a scan with the project config finds now (same fingerprint: rule,
 * secret hash, file), at the scan's location, with the literal the scan read.
 */
export async function findingsFromReport(root: string, reportPath: string, config?: string): Promise<ScannedFindings> {
  const wanted = readReport(reportPath);
  const { all, config: eff } = await scanWorktree(root, config);
  const byFp = new Map<string, Finding[]>();
  for (const f of all) byFp.set(f.fingerprint, [...(byFp.get(f.fingerprint) ?? []), f]);
  const out: ScannedFindings = { findings: [], rotated: [], missing: [], config: eff };
  const taken = new Set<Finding>();
  for (const w of wanted) {
    const candidates = (byFp.get(w.fingerprint) ?? []).filter((f) => !taken.has(f));
    // The same secret may sit on several lines of a file: prefer the line the report names.
    const m = candidates.find((f) => f.line === w.line) ?? candidates[0];
    if (!m) {
      out.missing.push(w);
      continue;
    }
    taken.add(m);
    (m.status === 'rotated' ? out.rotated : out.findings).push(live(m, m.secret));
  }
  return out;
}

export function readText(root: string, file: string): string | undefined {
  const abs = join(root, file);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
}
