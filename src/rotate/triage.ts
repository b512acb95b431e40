/**
 * The triage table that opens `rotate --plan`: one row per distinct leaked secret, saying which
 * provider it belongs to, whether it is live (from the report's verification, when the scan ran
 * with --verify), whose it is, what tokguard will do by itself and what is left to a person.
 * It answers the responder's first questions before the per-target detail below it.
 */
import { readFileSync } from 'node:fs';
import type { EffectiveConfig } from '../config/load.js';
import type { Finding } from '../report/finding.js';
import { cleanField } from '../verify/response.js';
import type { LiveFinding } from './findings.js';
import { ISSUERS, issuerForRule } from './issuers/registry.js';
import type { IssuerSteps } from './issuer-steps.js';
import type { PlanAdapters, PlanResult, UnitInspection } from './planner.js';

export interface Verdict {
  status: string;
  identity?: string;
}

export interface TriageRow {
  provider: string;
  status: string;
  identity: string;
  auto: string;
  person: string;
  where: string;
}

/** Verification answers recorded in a JSON report, by secret hash (live wins over dead over unknown). */
export function verdictsFromReport(reportPath: string | undefined): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  if (!reportPath) return out;
  let doc: { findings?: { secretHash?: unknown; verification?: { status?: unknown; identity?: unknown } }[] };
  try {
    doc = JSON.parse(readFileSync(reportPath, 'utf8')) as typeof doc;
  } catch {
    return out; // the findings reader reports a bad report
  }
  const rank = (s: string | undefined) => (s === 'live' ? 3 : s === 'dead' ? 2 : s ? 1 : 0);
  for (const f of doc.findings ?? []) {
    const v = f.verification;
    if (typeof f.secretHash !== 'string' || !v || typeof v.status !== 'string') continue;
    if (rank(v.status) <= rank(out.get(f.secretHash)?.status)) continue;
    const identity = cleanField(v.identity, 60);
    out.set(f.secretHash, { status: v.status, ...(identity ? { identity } : {}) });
  }
  return out;
}

/**
 * `rotate --plan --verify`: asks each provider about each distinct secret now, exactly as
 * `scan --verify` would (the same stage, limits and trust rules), and merges the answers over
 * the report's.
 */
export async function verifyForTriage(
  findings: LiveFinding[],
  config: EffectiveConfig,
  root: string,
  say: (line: string) => void,
  into: Map<string, Verdict>,
): Promise<void> {
  const { runVerifyStage } = await import('../verify/stage.js');
  const checked = findings.map((f) => ({ ...f, source: 'worktree' as const })) as unknown as Finding[];
  await runVerifyStage({
    findings: checked,
    rules: config.rules,
    ...(config.file !== undefined ? { configFile: config.file } : {}),
    scannedRoot: root,
    trustRepoVerifiers: false,
    source: { base: root },
    say,
  });
  for (const f of checked) {
    const v = f.verification;
    if (!v || (v.status === 'unknown' && into.has(f.secretHash))) continue;
    const identity = cleanField(v.identity, 60);
    into.set(f.secretHash, { status: v.status, ...(identity ? { identity } : {}) });
  }
}

/** What the issuer does without anyone: the capabilities it has an API for. */
function automatic(issuer: IssuerSteps, files: number): string {
  const can = issuer.issuer.can;
  const parts: string[] = [];
  if (issuer.issueOnce) parts.push('rotate (revokes the old one)');
  else {
    if (can.reissue) parts.push('issue a new one');
    if (can.deactivate) parts.push('disable');
    if (can.revoke) parts.push('revoke');
  }
  if (can.verify) parts.push('verify the new one');
  parts.push(`store it, rewrite ${files} file${files === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** What is left to a person: the steps the issuer has no API for. */
function manual(issuer: IssuerSteps, inspection: UnitInspection | undefined): string {
  const can = issuer.issuer.can;
  const human = issuer.issuer.human ?? {};
  const out: string[] = [];
  if (inspection?.error) out.push('fix the preflight failure below');
  if (!can.reissue && human.issue)
    out.push(issuer.kind === 'manual' ? 'issue a new one, paste it' : 'paste a new token');
  if (!can.revoke && human.revoke) out.push('revoke the old one at the provider');
  if (!can.revoke && !human.revoke && issuer.kind !== 'random')
    out.push('the old one stays valid: kill it at the provider');
  return out.length ? out.join('; ') : 'nothing';
}

export function triageRows(
  plan: PlanResult,
  adapters: Map<string, PlanAdapters>,
  inspections: Map<string, UnitInspection>,
  verdicts: Map<string, Verdict>,
): TriageRow[] {
  const rows: TriageRow[] = [];
  const seen = new Set<string>();
  for (const u of plan.units) {
    const a = adapters.get(u.id)!;
    const hashes = [...new Set(u.refs.map((r) => r.secretHash))];
    const v = hashes.map((h) => verdicts.get(h)).find((x) => x?.status === 'live') ?? verdicts.get(hashes[0] ?? '');
    hashes.forEach((h) => seen.add(h));
    const first = u.refs[0]!;
    rows.push({
      provider: ISSUERS[u.target.issuer.type]?.name ?? u.target.issuer.type,
      status: v?.status ?? 'not checked',
      identity: v?.identity ?? '-',
      auto: automatic(a.issuer, new Set(u.refs.map((r) => r.file)).size),
      person: manual(a.issuer, inspections.get(u.id)),
      where: `${u.id} ${first.file}:${first.line}`,
    });
  }
  for (const f of plan.unmatched) rows.push(...unmatchedRow(f, seen, verdicts));
  return rows;
}

function unmatchedRow(f: LiveFinding, seen: Set<string>, verdicts: Map<string, Verdict>): TriageRow[] {
  if (seen.has(f.secretHash)) return [];
  seen.add(f.secretHash);
  const known = issuerForRule(f.ruleId);
  const v = verdicts.get(f.secretHash);
  return [
    {
      provider: known?.name ?? f.ruleId,
      status: v?.status ?? 'not checked',
      identity: v?.identity ?? '-',
      auto: 'nothing: no rotation target matches',
      person: known ? `add a target with issuer ${known.type}, or rotate it by hand` : 'rotate it by hand',
      where: `${f.file}:${f.line}`,
    },
  ];
}

/** The table, for an incident of more than one secret (a single one is all in the plan below). */
export function renderTriage(rows: TriageRow[], verified: boolean): string {
  if (rows.length < 2) return '';
  const head: TriageRow = {
    provider: 'provider',
    status: 'status',
    identity: 'identity',
    auto: 'tokguard does',
    person: 'needs a person',
    where: 'unit / where',
  };
  const cols: (keyof TriageRow)[] = ['provider', 'status', 'identity', 'auto', 'person', 'where'];
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))]),
  ) as Record<keyof TriageRow, number>;
  const line = (r: TriageRow) =>
    cols
      .map((c, i) => (i === cols.length - 1 ? r[c] : r[c].padEnd(width[c])))
      .join('  ')
      .trimEnd();
  const live = rows.filter((r) => r.status === 'live').length;
  return [
    `Triage: ${rows.length} distinct secret(s), ${verified ? `${live} live` : 'liveness not checked (scan with --verify and pass --report)'}`,
    `  ${line(head)}`,
    ...rows.map((r) => `  ${line(r)}`),
    '',
    '',
  ].join('\n');
}
