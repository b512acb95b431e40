/**
 * From findings and the `rotation:` config to units of work: one unit per leaked credential
 * (an AWS key id and its secret key count as one), each with its target, the files that hold
 * it, and the literals by part (in memory). Also renders the plan the user reads before anything
 * changes: steps, remote calls, file diffs, manual steps and the point of no return.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { partsOf, type RotationConfig, type StoreConfig, type TargetConfig } from './config.js';
import { keyLabel } from './adapters/aws.js';
import type { IssuerSteps } from './issuer-steps.js';
import type { LiveFinding } from './findings.js';
import { readText } from './findings.js';
import type { RefRecord } from './journal.js';
import type { Parts, PlanCalls, StepName, StoreAdapter, StoreExpectation } from './types.js';
import { STEPS } from './types.js';
import { dialectFor, rewriteReferences } from './rewrite/references.js';
import { hashSecret, redact } from '../report/finding.js';
import { archiveOfEntry } from '../sources/zip-archive.js';

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
    ...(f.archive ? { archive: { path: f.archive.path, entry: f.archive.entry } } : {}),
  };
}

/**
 * The archive whose entry `file` is, which rotate reads but never writes: as the unit's
 * references name it, or, for a journal written before they did, the part of a path before its
 * `!/` when no such file exists (a folder named `x!` holds real files).
 */
export function archiveHolding(root: string, refs: readonly RefRecord[], file: string): string | undefined {
  const mine = refs.filter((r) => r.file === file);
  const named = mine.find((r) => r.archive)?.archive;
  if (named) return named.path;
  const legacy = archiveOfEntry(file);
  return legacy !== undefined && !existsSync(join(root, file)) ? legacy : undefined;
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
    const u = unitFor(key, t, `${f.ruleId} ${AWS_KEY_ID.test(f.secret) ? keyLabel(f.secret) : redact(f.secret)}`);
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

/**
 * What the store must hold before a unit changes anything: the leaked value, by hash, under each
 * name the rotation will write. Once the unit has stored its new value, the store holds ours.
 */
export function expectationFor(
  u: Pick<PlannedUnit, 'target' | 'oldParts'>,
  mismatch: StoreExpectation['mismatch'],
  stored = false,
): StoreExpectation {
  if (stored) return { hashes: {}, mismatch };
  const names = storeNames(u.target);
  const hashes: Record<string, string> = {};
  for (const [part, value] of Object.entries(u.oldParts)) {
    const name = names[part];
    if (name && value) hashes[name] = hashSecret(value);
  }
  return { hashes, mismatch };
}

/** The new text of each file a unit rewrites, computed from the literals in memory. */
export function rewritesFor(
  root: string,
  u: Pick<PlannedUnit, 'target' | 'refs' | 'oldParts'>,
  files?: string[],
): Map<string, { before: string; after: string }> {
  const out = new Map<string, { before: string; after: string }>();
  for (const file of files ?? [...new Set(u.refs.map((r) => r.file))]) {
    if (u.refs.some((r) => r.file === file && r.archive)) continue; // read from an archive, never written
    const before = readText(root, file);
    if (before === undefined) continue;
    const parts = [...new Set(u.refs.filter((r) => r.file === file).map((r) => r.part))];
    const reps = parts
      .filter((p) => u.oldParts[p])
      .map((p) => ({ literal: u.oldParts[p] as string, env: u.target.reference.env[p] as string }));
    const hint =
      u.target.store.type === 'dotenv' ? `${u.target.store.file}, git-ignored` : describeStore(u.target.store);
    out.set(file, { before, after: rewriteReferences(file, before, reps, u.target.reference.style, hint).text });
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

/** What the read-only preflight found for a unit, or why it failed. */
export interface UnitInspection {
  facts: string[];
  error?: string;
}

export interface PlanAdapters {
  issuer: IssuerSteps;
  store: StoreAdapter;
}

export function pointOfNoReturn(u: PlannedUnit, issuer: IssuerSteps, opts: PlanRenderOptions): StepName {
  if (issuer.issueOnce) return 'issue';
  if (opts.containFirst && !issuer.canDeactivate && issuer.canRevoke) return 'contain';
  return 'delete-old';
}

export function describeStore(s: StoreConfig): string {
  const where = s.type === 'aws-secrets-manager' ? s.secretId : s.type === 'vault-kv' ? `${s.mount}/${s.path}` : s.file;
  return `${s.type} ${where}`;
}

function describeMatch(t: TargetConfig): string {
  const parts = [];
  if (t.match.rules.length) parts.push(`rules ${t.match.rules.join(', ')}`);
  if (t.match.paths.length) parts.push(`paths ${t.match.paths.join(', ')}`);
  return parts.join('; ');
}

function graceText(ms: number): string {
  if (ms % 86_400_000 === 0 && ms > 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

function stepLine(
  step: StepName,
  u: PlannedUnit,
  a: PlanAdapters,
  calls: PlanCalls,
  opts: PlanRenderOptions,
): string | undefined {
  const names = storeNames(u.target);
  const grace = u.target.graceMs;
  switch (step) {
    case 'contain':
      if (!opts.containFirst) return undefined;
      if (a.issuer.issueOnce) return 'nothing separate: issue revokes the old credential, and it runs next';
      return a.issuer.canDeactivate
        ? (calls.contain ?? calls['deactivate-old'] ?? '')
        : `${calls['delete-old'] ?? 'nothing to revoke'} (cannot be disabled, so it is revoked)`;
    case 'store-pending':
      return `${calls[step] ?? ''} [${Object.values(names).join(', ')}]`;
    case 'rewrite':
      return `${[...new Set(u.refs.map((r) => r.file))].join(', ')} (diffs below)`;
    case 'verify':
      return a.issuer.canVerify ? (calls.verify ?? '') : `skipped: ${a.issuer.kind} cannot verify a credential`;
    case 'deactivate-old':
      if (a.issuer.issueOnce) return 'none: issue already revoked the old credential';
      if (opts.containFirst) return 'already done by contain';
      return a.issuer.canDeactivate
        ? (calls['deactivate-old'] ?? '')
        : (calls['deactivate-old'] ??
            `none: ${a.issuer.kind} credentials cannot be disabled; the old one stays valid until delete-old`);
    case 'record':
      return '.tokguard-rotated.json (hash, rule, date, rotation id)';
    case 'delete-old':
      return `${calls['delete-old'] ?? 'nothing to revoke: the old value is no longer referenced'}; ${opts.revoke ? 'now (--revoke)' : grace === 0 ? 'now (grace 0s)' : `after the grace period (${graceText(grace)}) on --resume, or now with --revoke`}`;
    default:
      return calls[step] ?? '';
  }
}

function renderUnit(
  root: string,
  u: PlannedUnit,
  a: PlanAdapters,
  inspection: UnitInspection | undefined,
  opts: PlanRenderOptions,
): string[] {
  const out: string[] = [];
  const calls = { ...a.store.planCalls(), ...a.issuer.planCalls() };
  const ponr = pointOfNoReturn(u, a.issuer, opts);
  out.push(`  [${u.id}] ${u.label}`);
  const pre = [a.issuer.planCalls().preflight, a.store.planCalls().preflight].filter(Boolean);
  out.push(`    preflight (read-only; run for this plan and again before --execute changes anything):`);
  for (const c of pre) out.push(`      calls: ${c}`);
  for (const f of inspection?.facts ?? []) out.push(`      - ${f}`);
  if (inspection?.error) out.push(`      FAILED: ${inspection.error}`);
  out.push('    references:');
  for (const r of u.refs)
    out.push(`      ${r.file}:${r.line}:${r.column}  ${r.ruleId} (${r.part}) → ${u.target.reference.env[r.part]}`);
  out.push('    steps:');
  let n = 1;
  for (const step of STEPS) {
    const what = stepLine(step, u, a, calls, opts);
    if (what === undefined) continue;
    const mark = step === ponr ? '   ← point of no return: the old credential cannot be brought back after this' : '';
    out.push(`      ${String(n++).padStart(2)}. ${step.padEnd(14)} ${what}${mark}`);
  }
  const manual = Object.values(calls).filter((c): c is string => typeof c === 'string' && c.startsWith('MANUAL:'));
  if (manual.length) {
    out.push('    manual steps:');
    for (const m of new Set(manual)) out.push(`      - ${m.slice(8)}`);
  }
  out.push(...renderDiffs(root, u, opts));
  return out;
}

function renderDiffs(root: string, u: PlannedUnit, opts: PlanRenderOptions): string[] {
  const out: string[] = [];
  const literals = Object.values(u.oldParts).filter((x): x is string => typeof x === 'string');
  let rewrites: Map<string, { before: string; after: string }>;
  try {
    rewrites = rewritesFor(root, u);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return [`    cannot rewrite: ${err.message}`];
  }
  for (const file of new Set(u.refs.map((r) => r.file))) {
    const archive = archiveHolding(root, u.refs, file);
    if (archive !== undefined && !rewrites.has(file))
      out.push(
        `    ${file}: inside the archive ${archive}, which rotate does not rewrite: rebuild it without the old value, which stays in it until then`,
      );
  }
  for (const [file, { before, after }] of rewrites) {
    if (opts.storeFiles.has(file)) {
      out.push(`    ${file}: is the dotenv store itself; its value is replaced at promote`);
      continue;
    }
    if (before === after) continue;
    if (dialectFor(file, u.target.reference.style) === 'dotenv')
      out.push(
        `    ${file} is a dotenv file: the assignment becomes a comment (dotenv does not expand \${...}); consumers read ${[...new Set(u.refs.filter((r) => r.file === file).map((r) => u.target.reference.env[r.part]))].join(', ')} from the environment or from ${describeStore(u.target.store)}`,
      );
    out.push(
      ...diffText(file, before, after, literals)
        .split('\n')
        .map((l) => `    ${l}`),
    );
  }
  return out;
}

export function renderPlan(
  root: string,
  plan: PlanResult,
  adapters: Map<string, PlanAdapters>,
  inspections: Map<string, UnitInspection>,
  opts: PlanRenderOptions,
): string {
  const out: string[] = [];
  const targets = [...new Set(plan.units.map((u) => u.target))].sort((a, b) => a.index - b.index);
  out.push(
    `Rotation plan: ${plan.units.length} credential(s) in ${targets.length} target(s). Nothing has been changed.`,
  );
  for (const w of plan.warnings) out.push(`warning: ${w}`);
  for (const t of targets) {
    const units = plan.units.filter((u) => u.target === t);
    out.push(
      '',
      `Target ${t.index} (${describeMatch(t)}): issuer ${t.issuer.type} → store ${describeStore(t.store)}, grace ${graceText(t.graceMs)}; ${units.length} unit(s), each rotated on its own`,
    );
    for (const u of units) out.push(...renderUnit(root, u, adapters.get(u.id)!, inspections.get(u.id), opts));
  }
  if (plan.unmatched.length) {
    out.push('', `Not covered by rotation.targets (${plan.unmatched.length}):`);
    for (const f of plan.unmatched) out.push(`  ${f.file}:${f.line}  ${f.ruleId} ${f.redacted}`);
  }
  const failed = [...inspections.values()].filter((i) => i.error).length;
  out.push(
    '',
    failed
      ? `Preflight failed for ${failed} unit(s) (FAILED above): --execute would refuse and change nothing. Fix the cause first.`
      : 'Run with --execute to carry out this plan.',
  );
  return `${out.join('\n')}\n`;
}
