/** `tokguard rotate`: parses options, prints the plan and progress; the work is in src/rotate/. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { UserError } from '../errors.js';
import type { RotateCliOptions } from './rotate-command.js';
import { parseRotationConfig, type RotationConfig } from '../rotate/config.js';
import { findingsFromReport, findingsFromScan } from '../rotate/findings.js';
import { planUnits, renderPlan } from '../rotate/planner.js';
import { DotenvStore } from '../rotate/adapters/dotenv-store.js';
import { Executor, RotationFailed } from '../rotate/executor.js';
import { inspectUnits, planAdapters } from '../rotate/inspect.js';
import { Journal } from '../rotate/journal.js';
import { secrets, type WaitProgress } from '../rotate/types.js';
import { findRepoRoot } from '../repo-root.js';
import { renderTriage, triageRows, verdictsFromReport, verifyForTriage } from '../rotate/triage.js';
import { endpointsFromEnv, endpointsWarning } from '../verify/endpoints.js';

/**
 * The `rotation:` section of the project config, loaded the way every scan loads the config
 * (`.tokguard.yaml` at the repository root, or --config), checked by the one rotation schema.
 */
export async function loadRotationConfig(root: string, file?: string): Promise<RotationConfig> {
  const { loadEffectiveConfig } = await import('../config/load.js');
  const eff = await loadEffectiveConfig({ ...(file !== undefined ? { config: file } : {}), root });
  if (!eff.file)
    throw new UserError('no .tokguard.yaml with a rotation: section at the repository root (see docs/rotation.md)');
  return parseRotationConfig(eff.rotation, eff.file);
}

function out(text: string): void {
  process.stdout.write(secrets.check(text, 'standard output'));
}

function err(line: string): void {
  process.stderr.write(secrets.check(`${line}\n`, 'standard error'));
}

let rl: Interface | undefined;
const queued: string[] = [];
const waiting: ((l: string) => void)[] = [];

/** Reads one line from standard input (never from arguments). Works for a TTY and for a pipe. */
function prompt(question: string): Promise<string> {
  process.stderr.write(question);
  if (!rl) {
    rl = createInterface({ input: process.stdin, terminal: false });
    rl.on('line', (l) => {
      const w = waiting.shift();
      if (w) w(l);
      else queued.push(l);
    });
    rl.on('close', () => {
      for (const w of waiting.splice(0)) w('');
    });
  }
  const q = queued.shift();
  if (q !== undefined) return Promise.resolve(q);
  return new Promise((resolve) => waiting.push(resolve));
}

/**
 * A bounded wait as the operator sees it: a spinner with the latest retry on a terminal, one
 * line per retry otherwise (CI logs, pipes).
 */
function waitProgress(what: string): WaitProgress {
  if (!process.stderr.isTTY || process.env.CI) {
    err(`  ${what}`);
    return { retry: (line) => err(`  ${line}`), done: (line) => line && err(`  ${line}`) };
  }
  let spinner: { text: string; stop(): void; succeed(t?: string): void } | undefined;
  let latest = what;
  let stopped = false;
  void import('ora').then(({ default: ora }) => {
    if (!stopped) spinner = ora({ text: secrets.scrub(latest), stream: process.stderr }).start();
  });
  return {
    retry(line) {
      latest = `${what}: ${line}`;
      if (spinner) spinner.text = secrets.scrub(latest);
    },
    done(line) {
      stopped = true;
      if (spinner && line) spinner.succeed(secrets.scrub(line));
      else spinner?.stop();
    },
  };
}

function storeMismatchMode(value: string | undefined): 'refuse' | 'add' {
  if (value === undefined || value === 'refuse' || value === 'add') return value ?? 'refuse';
  throw new UserError(`--store-mismatch must be "refuse" or "add", got "${value}"`);
}

export async function runRotateCommand(target: string, opts: RotateCliOptions): Promise<number> {
  const modes = [opts.execute, opts.resume, opts.rollback, opts.list].filter(Boolean).length;
  if (modes > 1 || (opts.plan && modes > 0))
    throw new UserError('choose one of --plan, --execute, --resume, --rollback, --list');
  if (opts.verify && modes > 0) throw new UserError('--verify goes with --plan (the triage table), not with changes');
  const storeMismatch = storeMismatchMode(opts.storeMismatch);
  const start = path.resolve(target);
  if (!existsSync(start)) throw new UserError(`${target}: no such directory`);
  const root = findRepoRoot(start) ?? start;
  const common = { root, prompt, log: err, wait: waitProgress };
  // Provider issuers honour the test endpoint map as verifiers do; say so whenever it is set.
  const mapped = endpointsWarning(endpointsFromEnv());
  if (mapped) err(`tokguard: ${mapped.replace('verification requests', 'provider requests')}`);
  try {
    if (opts.list) {
      for (const id of Journal.list(root)) {
        const j = Journal.open(root, id).data;
        out(
          `${id}  ${j.status.padEnd(15)} ${j.units.map((u) => `${u.id}:${u.status}${u.revokeAfter ? `(delete after ${u.revokeAfter})` : ''}`).join(' ')}\n`,
        );
      }
      return 0;
    }
    if (opts.resume) {
      const ex = await Executor.resume(opts.resume, { ...common, revoke: Boolean(opts.revoke) });
      err(`rotation ${ex.id}: ${Journal.open(root, ex.id).data.status}`);
      return 0;
    }
    if (opts.rollback) {
      const ex = await Executor.rollback(opts.rollback, common);
      err(`rotation ${ex.id}: rolled back`);
      return 0;
    }
    const cfg = await loadRotationConfig(root, opts.config);
    const scanned = opts.report
      ? await findingsFromReport(root, path.resolve(opts.report), opts.config)
      : await findingsFromScan(root, opts.config);
    for (const m of scanned.missing)
      err(
        `warning: ${m.file}:${m.line} ${m.ruleId}: not found by a scan with the project config (rotated already, suppressed by the config or the baseline, or no longer in the file); not rotated`,
      );
    if (scanned.rotated.length)
      err(
        `note: ${scanned.rotated.length} finding(s) hold secrets .tokguard-rotated.json records as rotated already; not rotated again`,
      );
    const plan = planUnits(cfg, scanned.findings);
    if (!opts.execute) {
      const adapters = planAdapters(root, plan.units);
      const storeFiles = new Set(
        [...adapters.values()].map((a) => (a.store instanceof DotenvStore ? a.store.file : '')).filter(Boolean),
      );
      const inspections = await inspectUnits(root, plan.units, adapters, storeMismatch);
      const verdicts = verdictsFromReport(opts.report ? path.resolve(opts.report) : undefined);
      if (opts.verify)
        await verifyForTriage(scanned.findings, scanned.config, root, (l) => err(`tokguard: ${l}`), verdicts);
      out(renderTriage(triageRows(plan, adapters, inspections, verdicts), verdicts.size > 0));
      out(
        renderPlan(root, plan, adapters, inspections, {
          containFirst: Boolean(opts.containFirst),
          revoke: Boolean(opts.revoke),
          storeFiles,
        }),
      );
      return [...inspections.values()].some((i) => i.error) ? 2 : 0;
    }
    for (const w of plan.warnings) err(`warning: ${w}`);
    try {
      const ex = await Executor.start(plan.units, {
        ...common,
        containFirst: Boolean(opts.containFirst),
        revoke: Boolean(opts.revoke),
        storeMismatch,
      });
      const j = Journal.open(root, ex.id).data;
      err(`rotation ${ex.id}: ${j.status}`);
      out(`${ex.id}\n`);
      return 0;
    } catch (e) {
      // Scripts read the id from standard output, to resume: print it whenever a journal exists.
      if (e instanceof RotationFailed) out(`${e.rotationId}\n`);
      throw e;
    }
  } finally {
    rl?.close();
    rl = undefined;
  }
}
