import type { RuleSpec } from '../../src/engine/types.js';
import type { Finding, SourceKind } from '../../src/report/finding.js';
import type { ReportInput } from '../../src/report/report.js';
import { loadBuiltinRules } from '../../src/rules/builtin.js';
import type { ScanStats } from '../../src/report/scan-stats.js';
import { collectFindings } from '../../src/scan/run.js';
import type { Chunk } from '../../src/sources/chunk.js';

/** Real findings: the given files through the real engine and built-in rules (one thread). */
export async function findingsFor(
  files: Record<string, string>,
  options: { rules?: RuleSpec[]; source?: SourceKind; extra?: Partial<Chunk> } = {},
): Promise<Finding[]> {
  const rules = options.rules ?? loadBuiltinRules();
  async function* chunks(): AsyncGenerator<Chunk> {
    for (const [path, text] of Object.entries(files)) {
      yield { path, data: Buffer.from(text, 'utf8'), source: options.source ?? 'worktree', ...options.extra };
    }
  }
  return collectFindings(chunks(), rules, { threads: 0 });
}

export function statsFor(findings: Finding[], over: Partial<ScanStats> = {}): ScanStats {
  return {
    mode: 'worktree',
    root: '.',
    files: new Set(findings.map((f) => f.file)).size,
    bytes: 1234,
    skipped: {
      binary: 0,
      'too-large': 0,
      unreadable: 0,
      symlink: 0,
      'lfs-pointer': 0,
      submodule: 0,
      'tokguard-output': 0,
      'archive-entry': 0,
    },
    unreadable: [],
    rules: loadBuiltinRules().length,
    durationMs: 12.5,
    ...over,
  };
}

export function reportInput(findings: Finding[], over: Partial<ReportInput> = {}): ReportInput {
  const rules = loadBuiltinRules();
  return {
    findings,
    stats: statsFor(findings),
    showSecrets: false,
    rules: new Map(rules.map((r) => [r.id, r])),
    toolVersion: '0.1.0',
    ...over,
  };
}
