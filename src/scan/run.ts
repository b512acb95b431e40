import type { Match, RuleSpec } from '../engine/types.js';
import { toFinding, type Finding } from '../report/finding.js';
import { secretSpans } from '../report/redact.js';
import { loadBuiltinPrefilterCache } from '../rules/builtin-prefilter.js';
import type { Chunk } from '../sources/chunk.js';
import { matchChunks } from './matcher.js';

export interface CollectOptions {
  threads?: number;
  /** Start worker threads at once (see MatcherOptions.eager). */
  eager?: boolean;
  /** Decides whether a finding stays (config allowlists, baselines). */
  keep?: (f: Finding) => boolean;
  /**
   * Runs once on all findings before `keep` (history scans: attribute blobs to the commits that
   * introduced them and fold repeats of a secret into one finding).
   */
  attribute?: (findings: Finding[]) => Promise<Finding[]>;
  /** See MatcherOptions.kindPath. */
  kindPath?: (path: string) => string;
}

/**
 * Matches chunks and turns the matches into findings: attaches rule metadata and provenance,
 * drops matches outside the chunk's counted lines (staged scans), and applies `keep`.
 */
export async function collectFindings(
  chunks: AsyncIterable<Chunk>,
  rules: RuleSpec[],
  options: CollectOptions = {},
): Promise<Finding[]> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const findings: Finding[] = [];
  await matchChunks(
    chunks,
    rules,
    (chunk: Chunk, matches: Match[]) => {
      // Every secret in the chunk is masked in every line shown, even one a filter drops.
      const spans = secretSpans(matches);
      for (const m of matches) {
        if (chunk.lines && !touchesLines(m, chunk.lines)) continue;
        const f = toFinding(m, byId.get(m.ruleId)!, chunk.path, chunk.source, spans);
        if (chunk.commit) f.commit = chunk.commit;
        if (chunk.blob) f.blob = chunk.blob;
        if (!options.attribute && options.keep && !options.keep(f)) continue;
        findings.push(f);
      }
    },
    {
      ...(options.threads === undefined ? {} : { threads: options.threads }),
      ...(options.eager ? { eager: true } : {}),
      ...(options.kindPath ? { kindPath: options.kindPath } : {}),
      builtinPrefilter: loadBuiltinPrefilterCache,
    },
  );
  if (options.attribute) {
    const attributed = await options.attribute(findings);
    return sortFindings(options.keep ? attributed.filter(options.keep) : attributed);
  }
  return sortFindings(findings);
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
