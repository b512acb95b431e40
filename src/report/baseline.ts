/**
 * Baselines: the findings a team has accepted (already rotated, or known false positives), so a
 * CI gate fails only on new ones.
 *
 * An entry is identified by the rule and the hash of the secret — not the line (moving a line
 * keeps it hidden), not the path (renaming a file keeps it hidden, and so does the same known
 * secret showing up in another file), and never the secret itself. A changed secret has another
 * hash and is reported. `files` records where the secret was when it was added, for reviewers; it
 * is not part of the identity. The file is sorted, one entry per line, with no timestamps or line
 * numbers, so it does not churn and two branches that add entries merge cleanly.
 */
import { readFile } from 'node:fs/promises';
import { writeFileSafely } from './write-file.js';
import { UserError } from '../errors.js';
import type { Finding } from './finding.js';

export const BASELINE_FILE_NAME = '.tokguard-baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  /** `secretHash` of the finding (domain-separated SHA-256, hex). */
  secretHash: string;
  /** Where the secret was found when the entry was written; informational. */
  files?: string[];
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

export function baselineKey(e: { ruleId: string; secretHash: string }): string {
  return `${e.ruleId}\0${e.secretHash}`;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.ruleId < b.ruleId
    ? -1
    : a.ruleId > b.ruleId
      ? 1
      : a.secretHash < b.secretHash
        ? -1
        : a.secretHash > b.secretHash
          ? 1
          : 0;
}

export function emptyBaseline(): Baseline {
  return { version: BASELINE_VERSION, entries: [] };
}

/** Entries for these findings (one per rule and secret), sorted. */
export function baselineFromFindings(findings: readonly Finding[]): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const key = baselineKey(f);
    let e = byKey.get(key);
    if (!e) {
      e = { ruleId: f.ruleId, secretHash: f.secretHash, files: [] };
      byKey.set(key, e);
    }
    if (!e.files!.includes(f.file)) e.files!.push(f.file);
  }
  const entries = [...byKey.values()];
  for (const e of entries) e.files!.sort();
  return { version: BASELINE_VERSION, entries: entries.sort(compareEntries) };
}

/** The baseline plus entries for findings it does not list yet. Existing entries are kept as they are. */
export function mergeBaseline(
  baseline: Baseline,
  findings: readonly Finding[],
): { baseline: Baseline; added: BaselineEntry[] } {
  const known = new Set(baseline.entries.map(baselineKey));
  const added = baselineFromFindings(findings.filter((f) => !known.has(baselineKey(f)))).entries;
  return {
    baseline: { version: BASELINE_VERSION, entries: [...baseline.entries, ...added].sort(compareEntries) },
    added,
  };
}

export interface BaselineResult {
  /** Findings the baseline does not list. */
  kept: Finding[];
  /** Findings it hides. */
  hidden: Finding[];
  /** Entries that matched no finding of this scan. */
  stale: BaselineEntry[];
}

export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const entries = new Map(baseline.entries.map((e) => [baselineKey(e), e]));
  const used = new Set<string>();
  const kept: Finding[] = [];
  const hidden: Finding[] = [];
  for (const f of findings) {
    const key = baselineKey(f);
    if (entries.has(key)) {
      used.add(key);
      hidden.push(f);
    } else kept.push(f);
  }
  const stale = baseline.entries.filter((e) => !used.has(baselineKey(e)));
  return { kept, hidden, stale };
}

/** One entry per line, keys in a fixed order, a trailing newline: diffs and merges stay line-sized. */
export function serializeBaseline(b: Baseline): string {
  const lines = [...b.entries].sort(compareEntries).map((e) =>
    JSON.stringify({
      ruleId: e.ruleId,
      secretHash: e.secretHash,
      ...(e.files?.length ? { files: [...e.files].sort() } : {}),
    }),
  );
  const body = lines.length ? `\n    ${lines.join(',\n    ')}\n  ` : '';
  return `{\n  "version": ${BASELINE_VERSION},\n  "tool": "tokguard",\n  "entries": [${body}]\n}\n`;
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const bad = (where: string, problem: string): never => {
    throw new UserError(`${file}: ${where}: ${problem}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('(top level)', 'must be an object');
  const d = data as Record<string, unknown>;
  if (d.version !== BASELINE_VERSION)
    bad('version', `must be ${BASELINE_VERSION} (this tokguard writes version ${BASELINE_VERSION} baselines)`);
  if (!Array.isArray(d.entries)) return bad('entries', 'must be an array');
  const entries = d.entries.map((raw: unknown, i: number): BaselineEntry => {
    if (typeof raw !== 'object' || raw === null) return bad(`entries[${i}]`, 'must be an object');
    const e = raw as Record<string, unknown>;
    if (typeof e.ruleId !== 'string' || !e.ruleId) bad(`entries[${i}].ruleId`, 'must be a rule id');
    if (typeof e.secretHash !== 'string' || !/^[0-9a-f]{64}$/.test(e.secretHash))
      bad(`entries[${i}].secretHash`, 'must be 64 lowercase hex digits');
    const files = Array.isArray(e.files) ? e.files.filter((x): x is string => typeof x === 'string') : undefined;
    return { ruleId: e.ruleId as string, secretHash: e.secretHash as string, ...(files?.length ? { files } : {}) };
  });
  return { version: BASELINE_VERSION, entries: entries.sort(compareEntries) };
}

/** Reads a baseline; a missing file is an error unless `missingOk` (then it is empty). */
export async function readBaseline(
  file: string,
  options: { missingOk?: boolean; display?: string } = {},
): Promise<Baseline> {
  const name = options.display ?? file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && options.missingOk) return emptyBaseline();
    if (code === 'ENOENT') throw new UserError(`${name}: baseline file not found (create it with "tokguard baseline")`);
    throw new UserError(`${name}: cannot read baseline: ${code ?? (e as Error).message}`);
  }
  return parseBaseline(text, name);
}

/** Complete or not at all, never through a symbolic link (see writeFileSafely). */
export async function writeBaseline(file: string, b: Baseline, display = file): Promise<void> {
  await writeFileSafely(file, serializeBaseline(b), { what: 'baseline', display });
}

/** `3 stale baseline entries (no longer found): aws-access-key-id ×2, github-pat-classic`. Never secrets. */
export function describeStale(stale: readonly BaselineEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of stale) counts.set(e.ruleId, (counts.get(e.ruleId) ?? 0) + 1);
  const list = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, n]) => (n > 1 ? `${id} ×${n}` : id));
  return `${stale.length} stale baseline ${stale.length === 1 ? 'entry' : 'entries'} (no longer found): ${list.join(', ')}`;
}
