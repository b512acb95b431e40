/**
 * From findings and the `rotation:` config to units of work: one unit per leaked credential
 * (an AWS key id and its secret key count as one), each with its target, the files that hold
 * it, and the literals by part (in memory). Also renders the plan the user reads before anything
 * changes: steps, remote calls, file diffs, manual steps and the point of no return.
 */
import picomatch from 'picomatch';
import { partsOf, type RotationConfig, type TargetConfig } from './config.js';
import type { LiveFinding } from './findings.js';
import { readText } from './findings.js';
import type { RefRecord } from './journal.js';
import type { IssuerAdapter, Parts, StepName, StoreAdapter } from './types.js';
import { STEPS } from './types.js';
import { rewriteReferences } from './rewrite/references.js';
import { redact } from '../report/finding.js';

export interface PlannedUnit {
  id: string;
  target: TargetConfig;
  label: string;
  refs: RefRecord[];
  oldParts: Partial<Parts>;
}

export interface PlanResult {
  units: PlannedUnit[];
  unmatched: LiveFinding[];
  warnings: string[];
}

const AWS_KEY_ID = /^(AKIA|ASIA|ABIA|ACCA|AIDA)[A-Z0-9]{16}$/;

export function targetFor(cfg: RotationConfig, f: LiveFinding): TargetConfig | undefined {
  return cfg.targets.find(
    (t) =>
      (t.match.rules.length === 0 || t.match.rules.includes(f.ruleId)) &&
      (t.match.paths.length === 0 || picomatch(t.match.paths, { dot: true })(f.file)),
  );
}

function partOf(t: TargetConfig, f: LiveFinding): string {
  if (t.issuer.type === 'aws-iam') return AWS_KEY_ID.test(f.secret) ? 'accessKeyId' : 'secretAccessKey';
  if (t.issuer.type === 'vault-lease') return 'password';
  return 'value';
}

function ref(f: LiveFinding, part: string): RefRecord {
  return {
    file: f.file,
    ruleId: f.ruleId,
    part,
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
}

export function planUnits(cfg: RotationConfig, findings: LiveFinding[]): PlanResult {
  const units: PlannedUnit[] = [];
  const unmatched: LiveFinding[] = [];
  const warnings: string[] = [];
  const byKey = new Map<string, PlannedUnit>();
  const orphanSecrets: { t: TargetConfig; f: LiveFinding }[] = [];
  const unitFor = (key: string, t: TargetConfig, label: string): PlannedUnit => {
    let u = byKey.get(key);
    if (!u) {
      u = { id: `u${units.length + 1}`, target: t, label, refs: [], oldParts: {} };
      byKey.set(key, u);
      units.push(u);
    }
    return u;
  };
  for (const f of findings) {
    const t = targetFor(cfg, f);
    if (!t) {
      unmatched.push(f);
      continue;
    }
    const part = partOf(t, f);
    if (t.issuer.type === 'aws-iam' && part === 'secretAccessKey') {
      orphanSecrets.push({ t, f });
      continue;
    }
    const key = t.issuer.type === 'vault-lease' ? `${t.index}:lease` : `${t.index}:${f.secretHash}`;
    const u = unitFor(key, t, `${f.ruleId} ${redact(f.secret)}`);
    u.oldParts[part] = f.secret;
    if (!u.refs.some((r) => r.fingerprint === f.fingerprint && r.line === f.line && r.column === f.column))
      u.refs.push(ref(f, part));
  }
  // An AWS secret access key belongs to the key id found nearest to it in the same file.
  for (const { t, f } of orphanSecrets) {
    const candidates = units.filter((u) => u.target === t && u.refs.some((r) => r.file === f.file));
    const all = units.filter((u) => u.target === t);
    const pick =
      candidates.sort(
        (a, b) =>
          Math.min(...a.refs.filter((r) => r.file === f.file).map((r) => Math.abs(r.line - f.line))) -
          Math.min(...b.refs.filter((r) => r.file === f.file).map((r) => Math.abs(r.line - f.line))),
      )[0] ?? (all.length === 1 ? all[0] : undefined);
    if (!pick) {
      warnings.push(`${f.file}:${f.line}: ${f.ruleId} has no AWS access key id next to it; rotate its key id first`);
      continue;
    }
    if (pick.oldParts.secretAccessKey && pick.oldParts.secretAccessKey !== f.secret) {
      warnings.push(`${f.file}:${f.line}: a second secret access key for ${pick.label}; it is rewritten as well`);
    }
    pick.oldParts.secretAccessKey ??= f.secret;
    pick.refs.push(ref(f, 'secretAccessKey'));
  }
  for (const u of units) {
    if (u.target.issuer.type === 'aws-iam' && !u.oldParts.accessKeyId)
      warnings.push(`${u.label}: no access key id found`);
  }
  return { units, unmatched, warnings };
}

/** Part → the name the store uses for it (the env name, or `store.key` for single values). */
export function storeNames(t: TargetConfig): Record<string, string> {
  const parts = partsOf(t.issuer);
  const out: Record<string, string> = {};
  for (const p of parts) {
    const env = t.reference.env[p] as string;
    out[p] = parts.length === 1 && 'key' in t.store && t.store.key ? t.store.key : env;
  }
  return out;
}

/** The new text of each file a unit rewrites, computed from the literals in memory. */
export function rewritesFor(
  root: string,
  u: Pick<PlannedUnit, 'target' | 'refs' | 'oldParts'>,
  files?: string[],
): Map<string, { before: string; after: string }> {
  const out = new Map<string, { before: string; after: string }>();
  for (const file of files ?? [...new Set(u.refs.map((r) => r.file))]) {
    const before = readText(root, file);
    if (before === undefined) continue;
    const parts = [...new Set(u.refs.filter((r) => r.file === file).map((r) => r.part))];
    const reps = parts
      .filter((p) => u.oldParts[p])
      .map((p) => ({ literal: u.oldParts[p] as string, env: u.target.reference.env[p] as string }));
    out.set(file, { before, after: rewriteReferences(file, before, reps, u.target.reference.style).text });
  }
  return out;
}

/** A small unified diff of changed lines, with every old literal redacted. */
export function diffText(file: string, before: string, after: string, literals: string[]): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const hide = (s: string) => literals.reduce((acc, l) => acc.split(l).join(redact(l)), s.replace(/\r$/, ''));
  const lines = [
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${pre + 1},${a.length - pre - suf} +${pre + 1},${b.length - pre - suf} @@`,
  ];
  for (const l of a.slice(pre, a.length - suf)) lines.push(`-${hide(l)}`);
  for (const l of b.slice(pre, b.length - suf)) lines.push(`+${hide(l)}`);
  return lines.join('\n');
}

export interface PlanRenderOptions {
  containFirst: boolean;
  revoke: boolean;
  storeFiles: Set<string>;
}

export function pointOfNoReturn(u: PlannedUnit, issuer: IssuerAdapter, opts: PlanRenderOptions): StepName {
  if (opts.containFirst && !issuer.canDeactivate && u.target.issuer.type !== 'random') return 'contain';
  return 'delete-old';
}

function describeTarget(t: TargetConfig): string {
  const s = t.store;
  const where = s.type === 'aws-secrets-manager' ? s.secretId : s.type === 'vault-kv' ? `${s.mount}/${s.path}` : s.file;
  return `${t.issuer.type} → ${s.type} ${where}`;
}

export function renderPlan(
  root: string,
  plan: PlanResult,
  adapters: Map<string, { issuer: IssuerAdapter; store: StoreAdapter }>,
  opts: PlanRenderOptions,
): string {
  const out: string[] = [];
  out.push(`Rotation plan: ${plan.units.length} credential(s). Nothing has been changed.`);
  for (const w of plan.warnings) out.push(`warning: ${w}`);
  for (const u of plan.units) {
    const { issuer, store } = adapters.get(u.id)!;
    const calls = { ...store.planCalls(), ...issuer.planCalls() };
    const names = storeNames(u.target);
    const ponr = pointOfNoReturn(u, issuer, opts);
    out.push('', `[${u.id}] ${u.label}  (target ${u.target.index}: ${describeTarget(u.target)})`);
    out.push('  references:');
    for (const r of u.refs)
      out.push(`    ${r.file}:${r.line}:${r.column}  ${r.ruleId} (${r.part}) → ${u.target.reference.env[r.part]}`);
    out.push('  steps:');
    let n = 1;
    const grace = u.target.graceMs;
    for (const step of STEPS) {
      if (step === 'contain' && !opts.containFirst) continue;
      let what: string;
      switch (step) {
        case 'store-pending':
          what = `${calls[step] ?? ''} [${Object.values(names).join(', ')}]`;
          break;
        case 'rewrite':
          what = `${[...new Set(u.refs.map((r) => r.file))].join(', ')} (diffs below)`;
          break;
        case 'verify':
          what = calls.verify ?? 'not possible for this issuer; skipped';
          break;
        case 'deactivate-old':
          what = opts.containFirst ? 'already done by contain' : (calls['deactivate-old'] ?? 'none');
          break;
        case 'record':
          what = '.tokguard-rotated.json (hash, rule, date, rotation id)';
          break;
        case 'delete-old':
          what = `${calls['delete-old'] ?? 'none'}; ${opts.revoke ? 'now (--revoke)' : grace === 0 ? 'now (grace 0s)' : `after the grace period (${Math.round(grace / 3_600_000)}h) on --resume, or now with --revoke`}`;
          break;
        default:
          what = calls[step] ?? '';
      }
      const mark = step === ponr ? '   ← point of no return: the old credential cannot be brought back after this' : '';
      out.push(`    ${String(n++).padStart(2)}. ${step.padEnd(14)} ${what}${mark}`);
    }
    const manual = Object.values(calls).filter((c) => c.startsWith('MANUAL:'));
    if (manual.length) {
      out.push('  manual steps:');
      for (const m of manual) out.push(`    - ${m.slice(8)}`);
    }
    const literals = Object.values(u.oldParts).filter((x): x is string => typeof x === 'string');
    for (const [file, { before, after }] of rewritesFor(root, u)) {
      if (opts.storeFiles.has(file)) {
        out.push(`  ${file}: is the dotenv store itself; its value is replaced at promote`);
        continue;
      }
      if (before === after) continue;
      out.push(
        ...diffText(file, before, after, literals)
          .split('\n')
          .map((l) => `  ${l}`),
      );
    }
  }
  if (plan.unmatched.length) {
    out.push('', `Not covered by rotation.targets (${plan.unmatched.length}):`);
    for (const f of plan.unmatched) out.push(`  ${f.file}:${f.line}  ${f.ruleId} ${f.redacted}`);
  }
  out.push('', 'Run with --execute to carry out this plan.');
  return `${out.join('\n')}\n`;
}
