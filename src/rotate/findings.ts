/**
 * Where rotation gets its findings: a JSON report (secrets redacted, so each literal is
 * recovered in memory from the named file: first at the recorded location, checked against
 * `secretHash`, then by re-scanning that file and matching `fingerprint`), or a fresh scan.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { hashSecret, type Finding } from '../report/finding.js';
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

function insideRoot(root: string, file: string): string {
  const abs = resolve(root, file);
  if (abs !== root && !abs.startsWith(root.endsWith(sep) ? root : root + sep)) {
    throw new UserError(`report names a file outside the repository: ${file}`);
  }
  return abs;
}

async function scanFiles(root: string, files: string[]): Promise<Finding[]> {
  const [{ loadBuiltinRules }, { collectFindings }] = await Promise.all([
    import('../rules/builtin.js'),
    import('../scan/run.js'),
  ]);
  async function* chunks() {
    for (const f of files) {
      const abs = insideRoot(root, f);
      if (existsSync(abs)) yield { path: f, data: readFileSync(abs), source: 'worktree' as const };
    }
  }
  return collectFindings(chunks(), loadBuiltinRules(), { threads: 0 });
}

function live(f: Omit<LiveFinding, 'secret'>, secret: string): LiveFinding {
  secrets.add(secret);
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
  };
}

/** A finding as the JSON report holds it: no secret. */
type ReportFinding = Omit<LiveFinding, 'secret'> & { source?: string };

export async function findingsFromReport(
  root: string,
  reportPath: string,
): Promise<{ findings: LiveFinding[]; missing: ReportFinding[] }> {
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
    wanted.push({ column: 1, endLine: f.line, endColumn: 1, redacted: '********', ...f } as ReportFinding);
  }
  const found: LiveFinding[] = [];
  const unresolved: ReportFinding[] = [];
  const texts = new Map<string, string | undefined>();
  for (const f of wanted) {
    if (!texts.has(f.file)) {
      const abs = insideRoot(root, f.file);
      texts.set(f.file, existsSync(abs) ? readFileSync(abs, 'utf8') : undefined);
    }
    const text = texts.get(f.file);
    const secret = text === undefined ? undefined : literalAt(text, f);
    if (secret !== undefined) found.push(live(f, secret));
    else unresolved.push(f);
  }
  const missing: ReportFinding[] = [];
  if (unresolved.length) {
    const rescanned = await scanFiles(root, [...new Set(unresolved.map((f) => f.file))]);
    const byFp = new Map(rescanned.map((f) => [f.fingerprint, f]));
    for (const f of unresolved) {
      const m = byFp.get(f.fingerprint);
      if (m)
        found.push(
          live({ ...f, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }, m.secret),
        );
      else missing.push(f);
    }
  }
  return { findings: found, missing };
}

export async function findingsFromScan(root: string): Promise<LiveFinding[]> {
  const [{ loadBuiltinRules }, { collectFindings }, { worktreeChunks }, { newSourceStats }] = await Promise.all([
    import('../rules/builtin.js'),
    import('../scan/run.js'),
    import('../sources/worktree.js'),
    import('../sources/chunk.js'),
  ]);
  const stats = newSourceStats();
  const chunks = worktreeChunks(
    root,
    { gitignore: true, include: [], exclude: [], maxFileSize: 10 * 1024 * 1024, base: root } as Parameters<
      typeof worktreeChunks
    >[1],
    stats,
  );
  const all = await collectFindings(chunks, loadBuiltinRules());
  return all.map((f) => live(f, f.secret));
}

export function readText(root: string, file: string): string | undefined {
  const abs = join(root, file);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
}
