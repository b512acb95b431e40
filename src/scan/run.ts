import type { Match, RuleSpec } from '../engine/types.js';
import { toFinding, type Finding } from '../report/finding.js';
import { secretSpans } from '../report/redact.js';
import { lendTables, loadBuiltinPrefilterCache } from '../rules/builtin-prefilter.js';
import type { Chunk } from '../sources/chunk.js';
import { BlobFindings } from './blob-findings.js';
import { matchChunks, type FileInput } from './matcher.js';

export interface CollectOptions {
  threads?: number;
  /** See MatcherOptions.growTo. */
  growTo?: number;
  /** Start worker threads at once (see MatcherOptions.eager). */
  eager?: boolean;
  /** Decides whether a finding stays (config allowlists, baselines). */
  keep?: (f: Finding) => boolean;
  /**
   * Runs once on all findings before `keep` (history scans: attribute blobs to the commits that
   * introduced them and fold repeats of a secret into one finding).
   */
  attribute?: (findings: BlobFindings) => Promise<Finding[]>;
  /** With `attribute`: receives the attributed findings `keep` dropped (a sharded scan reports them apart). */
  dropped?: Finding[];
  /** Told of every chunk once it has been matched, with the findings made of it (the `--state` record). */
  observe?: (chunk: Chunk, findings: readonly Finding[]) => void;
  /** Called when matching moves to a worker pool, with its size. */
  onPool?: (threads: number) => void;
  /** See MatcherOptions.kindPath. */
  kindPath?: (path: string) => string;
}

/**
 * Matches chunks and turns the matches into findings: attaches rule metadata and provenance,
 * drops matches outside the chunk's counted lines (staged scans), and applies `keep`.
 */
export async function collectFindings(
  chunks: AsyncIterable<Chunk> | FileInput,
  rules: RuleSpec[],
  options: CollectOptions = {},
): Promise<Finding[]> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const findings: Finding[] = [];
  const byBlob = options.attribute ? new BlobFindings() : undefined;
  const intern = options.attribute ? internFinding() : undefined;
  await matchChunks(
    chunks,
    rules,
    (chunk: Chunk, matches: Match[]) => {
      // Every secret in the chunk is masked in every line shown, even one a filter drops.
      const spans = secretSpans(matches);
      const made: Finding[] = [];
      for (const m of matches) {
        if (chunk.lines && !touchesLines(m, chunk.lines)) continue;
        if (chunk.ownedEnd !== undefined && m.start >= chunk.ownedEnd) continue; // the next window's
        const f = toFinding(m, byId.get(m.ruleId)!, chunk.path, chunk.source, spans);
        if (chunk.lineBase || chunk.columnBase) placeInFile(f, chunk);
        if (chunk.commit) f.commit = chunk.commit;
        if (chunk.blob) f.blob = chunk.blob;
        if (chunk.archive) f.archive = chunk.archive;
        made.push(intern ? intern(f) : f);
      }
      options.observe?.(chunk, made);
      if (byBlob) for (const f of made) byBlob.add(f);
      else for (const f of made) if (!options.keep || options.keep(f)) findings.push(f);
    },
    {
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      ...(options.growTo === undefined ? {} : { growTo: options.growTo }),
      ...(options.eager ? { eager: true } : {}),
      ...(options.kindPath ? { kindPath: options.kindPath } : {}),
      builtinPrefilter: loadBuiltinPrefilterCache,
      lendTables,
      ...(options.onPool ? { onPool: options.onPool } : {}),
    },
  );
  if (options.attribute) {
    const attributed = await options.attribute(byBlob!);
    if (!options.keep) return sortFindings(attributed);
    const kept: Finding[] = [];
    for (const f of attributed) (options.keep(f) ? kept : options.dropped)?.push(f);
    return sortFindings(kept);
  }
  return sortFindings(findings);
}

/**
 * History findings are kept per blob until they are attributed, and a secret kept in a file
 * through many edits is a finding in every version's blob, mostly with the same line: one copy
 * of each such string serves them all, so that memory grows with the secrets, not with the
 * versions of the files that hold them.
 */
function internFinding(): (f: Finding) => Finding {
  const strings = new Map<string, string>();
  const one = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  return (f) => {
    f.secret = one(f.secret);
    f.secretHash = one(f.secretHash);
    f.redacted = one(f.redacted);
    f.lineText = one(f.lineText);
    if (f.rawLine !== undefined) f.rawLine = one(f.rawLine);
    f.fingerprint = one(f.fingerprint);
    f.file = one(f.file);
    // Matched on a worker thread, even these come as a fresh string per finding.
    f.confidence = one(f.confidence) as Finding['confidence'];
    f.severity = one(f.severity) as Finding['severity'];
    return f;
  };
}

/** A finding in a window of a large file, moved to its line and column in the file. */
function placeInFile(f: Finding, chunk: Chunk): void {
  if (chunk.columnBase) {
    if (f.line === 1) f.column += chunk.columnBase;
    if (f.endLine === 1) f.endColumn += chunk.columnBase;
  }
  f.line += chunk.lineBase ?? 0;
  f.endLine += chunk.lineBase ?? 0;
}

function touchesLines(m: Match, lines: ReadonlySet<number>): boolean {
  for (let l = m.line; l <= m.endLine; l++) if (lines.has(l)) return true;
  return false;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
