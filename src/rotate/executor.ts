/**
 * Runs rotations step by step, in the fixed order, recording each step's intent before it acts
 * and its outcome after, so that `--resume` can continue from any crash and every step is
 * idempotent. All units are preflighted (credentials, endpoints, existence, foreign pending
 * versions) before the first change, so bad input leaves nothing half-done.
 */
import diagnostics from 'node:diagnostics_channel';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UserError } from '../errors.js';
import { makeIssuer, makeStore } from './adapters/index.js';
import { DotenvStore, sha256 } from './adapters/dotenv-store.js';
import { IssuerSteps } from './issuer-steps.js';
import { literalAt, readText } from './findings.js';
import {
  Journal,
  RotationLock,
  audit,
  newRotationId,
  operatorName,
  privateDir,
  type StepRecord,
  type UnitRecord,
} from './journal.js';
import { archiveHolding, expectationFor, rewritesFor, storeNames, type PlannedUnit } from './planner.js';
import type { StoreConfig } from './config.js';
import { checkRotatedWritable, forgetRotation, markDeleted, recordRotated } from './rotated.js';
import type { Parts, StepName, StepResult, StoreAdapter, UnitContext, WaitProgress } from './types.js';
import { secrets } from './types.js';

export class SimulatedCrash extends Error {}

/** How one unit ended this run, for the summary. */
export interface UnitOutcome {
  id: string;
  label: string;
  status: UnitRecord['status'];
  /** failed: the step and the one-line error; not started: the unit it waits for. */
  step?: string;
  error?: string;
  blockedBy?: string;
  revokeAfter?: string;
}

/** Some units failed; the others ran. `rotationId` names the journal to resume. */
export class RotationFailed extends UserError {
  constructor(
    message: string,
    readonly rotationId: string,
  ) {
    super(message);
  }
}

export interface ExecuteOptions {
  root: string;
  containFirst?: boolean;
  revoke?: boolean;
  /** `add`: a store that does not hold the leaked value's names yet may take them (--store-mismatch=add). */
  storeMismatch?: 'refuse' | 'add';
  now?: () => Date;
  /** Shows a bounded wait; by default one log line per retry. */
  wait?: (what: string) => WaitProgress;
  prompt?: (q: string) => Promise<string>;
  log?: (line: string) => void;
  /** Test hook: called after each step is recorded done; throw SimulatedCrash to simulate a crash. */
  afterStep?: (unitId: string, step: string) => void;
}

interface Live {
  unit: UnitRecord;
  issuer: IssuerSteps;
  store: StoreAdapter;
  ctx: UnitContext;
  newParts?: Parts;
}

/**
 * Each journaled step is announced on a diagnostics channel (a no-op without subscribers). The
 * fault-injection tests subscribe from a preloaded module to kill a real CLI process right after a
 * step; production code holds no way to crash itself.
 */
const stepChannel = diagnostics.channel('tokguard:rotate:step');

function crashHook(opts: ExecuteOptions, unitId: string, step: string): void {
  opts.afterStep?.(unitId, step);
  if (stepChannel.hasSubscribers) stepChannel.publish({ unit: unitId, step });
}

export class Executor {
  private readonly log: (line: string) => void;
  private readonly now: () => Date;
  private lock?: RotationLock;
  /** How each unit ended this run, in journal order. */
  readonly outcomes: UnitOutcome[] = [];

  constructor(
    private readonly journal: Journal,
    private readonly opts: ExecuteOptions,
  ) {
    this.log = opts.log ?? ((l) => process.stderr.write(`${l}\n`));
    this.now = opts.now ?? (() => new Date());
  }

  get id(): string {
    return this.journal.data.id;
  }

  /**
   * Runs `body` holding the rotation's lock; on failure the lock is released (a simulated crash
   * in the fault-injection tests leaves it, as a real crash would) before the error goes on.
   */
  private static async locked(
    root: string,
    id: string,
    body: (lock: RotationLock) => Promise<Executor>,
  ): Promise<Executor> {
    const lock = RotationLock.acquire(root, id);
    try {
      return await body(lock);
    } catch (err) {
      releaseOrAbandon(lock, err);
      throw err;
    }
  }

  /**
   * Starts a new rotation for planned units. Every unit is preflighted first; if any preflight
   * fails, nothing was changed and no journal is written (the audit log keeps the attempt).
   */
  static async start(units: PlannedUnit[], opts: ExecuteOptions): Promise<Executor> {
    if (units.length === 0) throw new UserError('nothing to rotate: no finding matches rotation.targets');
    const id = newRotationId();
    return Executor.locked(opts.root, id, async (lock) => {
      const journal = Journal.createDraft(opts.root, {
        id,
        operator: operatorName(),
        options: {
          containFirst: Boolean(opts.containFirst),
          revoke: Boolean(opts.revoke),
          storeMismatch: opts.storeMismatch ?? 'refuse',
        },
        status: 'running',
        units: units.map((u) => ({
          id: u.id,
          target: u.target,
          label: u.label,
          refs: u.refs,
          state: {},
          steps: [],
          status: 'pending',
        })),
      });
      const ex = new Executor(journal, opts);
      ex.lock = lock;
      const lives = ex.lives(new Map(units.map((u) => [u.id, u.oldParts])));
      await ex.preflight(lives);
      journal.commit();
      await ex.run(lives);
      return ex;
    });
  }

  static async resume(id: string, opts: ExecuteOptions): Promise<Executor> {
    const journal = Journal.open(opts.root, id);
    return Executor.locked(opts.root, id, async (lock) => {
      if (journal.data.status === 'rolled-back') throw new UserError(`rotation ${id} was rolled back; start a new one`);
      if (opts.revoke) journal.data.options.revoke = true;
      const ex = new Executor(journal, {
        ...opts,
        containFirst: journal.data.options.containFirst,
        revoke: journal.data.options.revoke,
        storeMismatch: journal.data.options.storeMismatch ?? 'refuse',
      });
      ex.lock = lock;
      const lives = ex.lives(new Map(journal.data.units.map((u) => [u.id, recoverOldParts(opts.root, u, id)])));
      await ex.preflight(lives);
      await ex.run(lives);
      return ex;
    });
  }

  static async rollback(id: string, opts: ExecuteOptions): Promise<Executor> {
    const journal = Journal.open(opts.root, id);
    return Executor.locked(opts.root, id, async (lock) => {
      const ex = new Executor(journal, opts);
      ex.lock = lock;
      await ex.undo();
      return ex;
    });
  }

  private lives(oldParts: Map<string, Partial<Parts>>): Live[] {
    return this.journal.data.units
      .filter((u) => u.status !== 'done' && u.status !== 'rolled-back')
      .map((u) => this.live(u, oldParts.get(u.id) ?? {}));
  }

  private live(unit: UnitRecord, oldParts: Partial<Parts>): Live {
    secrets.addAll(oldParts);
    const log = this.log;
    const ctx: UnitContext = {
      rotationId: this.id,
      unitId: unit.id,
      root: this.opts.root,
      state: unit.state,
      oldParts,
      prompt:
        this.opts.prompt ??
        (async () => {
          throw new UserError('this step needs the operator; run in a terminal');
        }),
      log,
      wait:
        this.opts.wait ??
        (() => ({
          retry: (line: string) => log(`  ${unit.id} ${line}`),
          done: (line?: string) => {
            if (line) log(`  ${unit.id} ${line}`);
          },
        })),
    };
    return {
      unit,
      issuer: new IssuerSteps(makeIssuer(unit.target.issuer)),
      store: makeStore(unit.target.store, this.opts.root),
      ctx,
    };
  }

  /**
   * Checks every unit before the first change: access, the old credential, the store's current
   * value, that each file can be rewritten. A failure changes nothing, not even the journal's status.
   */
  private async preflight(lives: Live[]): Promise<void> {
    checkRotatedWritable(this.opts.root);
    const failures: string[] = [];
    for (const l of lives) {
      try {
        const a = await l.issuer.preflight(l.ctx);
        this.merge(l, a);
        const stored = l.unit.steps.some((x) => x.step === 'store-pending');
        const expect = expectationFor(
          { target: l.unit.target, oldParts: l.ctx.oldParts },
          this.opts.storeMismatch ?? 'refuse',
          stored,
        );
        const b = await l.store.preflight(l.ctx, expect);
        this.merge(l, b);
        if (!l.unit.steps.some((s) => s.step === 'rewrite'))
          rewritesFor(this.opts.root, { target: l.unit.target, refs: l.unit.refs, oldParts: l.ctx.oldParts });
        this.journal.record(l.unit, { step: 'preflight', state: 'done' });
        audit(this.opts.root, {
          rotation: this.id,
          unit: l.unit.id,
          step: 'preflight',
          outcome: 'done',
          ...(a.requestIds || b.requestIds ? { requestIds: [...(a.requestIds ?? []), ...(b.requestIds ?? [])] } : {}),
        });
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        const msg = secrets.scrub(err.message);
        audit(this.opts.root, { rotation: this.id, unit: l.unit.id, step: 'preflight', outcome: 'failed', error: msg });
        failures.push(lives.length > 1 ? `${l.unit.id}: ${msg}` : msg);
      }
    }
    if (failures.length) {
      this.lock?.release();
      const what = lives.length > 1 ? `preflight failed for ${failures.length} of ${lives.length} units: ` : '';
      throw new UserError(`${what}${failures.join('; ')} [${this.id} preflight; nothing was changed]`);
    }
  }

  /**
   * Runs each unit through its steps. Units are independent: one that fails is journaled and
   * left to --resume while the others go on, except units writing the same store, which wait
   * for it (their pending versions would collide).
   */
  private async run(lives: Live[]): Promise<void> {
    this.journal.data.status = 'running';
    if (this.opts.containFirst) await this.containInBatches(lives);
    const failedStores = new Map<string, string>();
    for (const l of lives) {
      const key = storeKey(l.unit.target.store);
      const blockedBy = failedStores.get(key);
      if (blockedBy) {
        this.outcomes.push({ id: l.unit.id, label: l.unit.label, status: l.unit.status, blockedBy });
        continue;
      }
      try {
        await this.runUnit(l);
        this.outcomes.push({
          id: l.unit.id,
          label: l.unit.label,
          status: l.unit.status,
          ...(l.unit.revokeAfter ? { revokeAfter: l.unit.revokeAfter } : {}),
        });
      } catch (err) {
        if (err instanceof SimulatedCrash || !(err instanceof UserError)) throw err;
        const failed = [...l.unit.steps].reverse().find((s) => s.state === 'failed');
        this.outcomes.push({
          id: l.unit.id,
          label: l.unit.label,
          status: 'failed',
          step: failed?.step ?? 'unknown',
          error: err.message,
        });
        failedStores.set(key, l.unit.id);
      }
    }
    const statuses = this.journal.data.units.map((u) => u.status);
    this.journal.data.status = statuses.every((s) => s === 'done' || s === 'rolled-back')
      ? 'done'
      : statuses.some((s) => s === 'failed' || s === 'pending' || s === 'running')
        ? 'failed'
        : 'awaiting-delete';
    this.journal.save();
    this.lock?.release();
    this.finish();
  }

  /** The per-unit summary, and one error for the CLI when any unit failed. */
  private finish(): void {
    const resume = `tokguard rotate --resume ${this.id}`;
    if (this.outcomes.length > 1) {
      this.log(`Summary of ${this.id}:`);
      for (const line of summaryLines(this.outcomes, this.id)) this.log(`  ${line}`);
    }
    const failed = this.outcomes.filter((o) => o.status === 'failed');
    const blocked = this.outcomes.filter((o) => o.blockedBy);
    if (!failed.length) return;
    if (this.outcomes.length === 1) throw new RotationFailed(failed[0]!.error ?? 'failed', this.id);
    throw new RotationFailed(
      `${failed.length} of ${this.outcomes.length} units failed (${failed.map((o) => `${o.id} at ${o.step}`).join(', ')})${blocked.length ? `, ${blocked.length} not started` : ''}; the others ran; fix the cause, then: ${resume}`,
      this.id,
    );
  }

  private merge(l: Live, r: StepResult): void {
    if (r.ids) Object.assign(l.unit.state, r.ids);
  }

  /** Runs `fn`, turning any failure into a journaled, one-line user error. */
  private async guard(l: Live, step: StepRecord['step'], fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      if (err instanceof SimulatedCrash) throw err;
      const msg = secrets.scrub(err instanceof Error ? err.message : String(err));
      this.journal.record(l.unit, { step, state: 'failed', error: msg });
      l.unit.status = 'failed';
      this.journal.data.status = 'failed';
      this.journal.save();
      audit(this.opts.root, {
        rotation: this.id,
        unit: l.unit.id,
        step,
        outcome: 'failed',
        error: msg,
        ...(reqId(err) ? { requestIds: [reqId(err)!] } : {}),
      });
      const hint = `resume with: tokguard rotate --resume ${this.id} (or undo with --rollback ${this.id})`;
      if (err instanceof UserError)
        throw new UserError(`${msg} [${this.id} ${l.unit.id} ${step}; ${hint}]`, err.exitCode);
      throw err;
    }
  }

  /** Records intent, runs, records the outcome; skips a step already done. */
  private async step(
    l: Live,
    step: StepRecord['step'],
    fn: () => Promise<StepResult | 'skip'>,
    intentIds?: StepResult['ids'],
  ): Promise<void> {
    if (this.journal.isDone(l.unit, step)) return;
    await this.guard(l, step, async () => {
      this.journal.record(l.unit, { step, state: 'intent', ...(intentIds ? { ids: intentIds } : {}) });
      audit(this.opts.root, {
        rotation: this.id,
        unit: l.unit.id,
        step,
        outcome: 'intent',
        ...(intentIds ? { ids: intentIds } : {}),
      });
      const r = await fn();
      if (r === 'skip') this.outcome(l, step, 'skipped', { note: 'not applicable' });
      else this.outcome(l, step, 'done', r);
    });
    crashHook(this.opts, l.unit.id, step);
  }

  /**
   * A step's outcome, the same in the journal, the audit log and the progress output: its ids,
   * its request ids (audit only) and its note. `shown` is the note the progress line gives.
   */
  private outcome(
    l: Live,
    step: StepRecord['step'],
    state: 'done' | 'skipped',
    r: StepResult,
    shown: string | undefined = r.note,
  ): void {
    const ids = r.ids ? { ids: r.ids } : {};
    const note = r.note ? { note: r.note } : {};
    this.journal.record(l.unit, { step, state, ...ids, ...note });
    audit(this.opts.root, {
      rotation: this.id,
      unit: l.unit.id,
      step,
      outcome: state,
      ...ids,
      ...(r.requestIds?.length ? { requestIds: r.requestIds } : {}),
      ...note,
    });
    this.log(`  ${l.unit.id} ${step}: ${state}${shown ? ` (${shown})` : ''}`);
  }

  private async newParts(l: Live): Promise<Parts | undefined> {
    if (l.newParts) return l.newParts;
    const names = storeNames(l.unit.target);
    const stored = await l.store.readOurs(l.ctx);
    if (!stored) return undefined;
    const parts: Parts = {};
    for (const [p, n] of Object.entries(names)) if (stored[n] !== undefined) parts[p] = stored[n] as string;
    secrets.addAll(parts);
    l.newParts = parts;
    return parts;
  }

  private async runUnit(l: Live): Promise<void> {
    l.unit.status = 'running';
    this.log(`${l.unit.id} ${l.unit.label}`);
    if (this.opts.containFirst) await this.contain(l);
    // issue + store-pending: the new secret exists only in memory between the two.
    if (!this.journal.isDone(l.unit, 'store-pending')) await this.issueAndStore(l);
    await this.rewriteAll(l);
    await this.verify(l);
    await this.step(l, 'promote', () => l.store.promote(l.ctx));
    await this.step(l, 'deactivate-old', async () => {
      if (l.unit.state.contained) return { note: 'already contained' };
      if (!l.issuer.canDeactivate) return 'skip';
      return l.issuer.deactivateOld(l.ctx);
    });
    await this.record(l);
    await this.deleteOrWait(l);
    this.journal.save();
  }

  /**
   * `--contain-first` for issuers that revoke many credentials in one call: each such issuer's
   * units are contained together, journaled per unit. If the call fails, each unit's own contain
   * step tries again, one by one.
   */
  private async containInBatches(lives: Live[]): Promise<void> {
    const groups = new Map<string, Live[]>();
    for (const l of lives) {
      if (!l.issuer.issuer.revokeMany || this.journal.isDone(l.unit, 'contain')) continue;
      groups.set(l.issuer.kind, [...(groups.get(l.issuer.kind) ?? []), l]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const l of group) this.journal.record(l.unit, { step: 'contain', state: 'intent', note: 'batched' });
      let r: StepResult;
      try {
        r = await group[0]!.issuer.issuer.revokeMany!(group.map((l) => l.ctx));
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        this.log(
          `  ${group[0]!.issuer.kind}: revoking ${group.length} credentials in one call failed (${secrets.scrub(err.message)}); each unit tries on its own`,
        );
        continue;
      }
      const contained = { ...r, ids: { contained: true, oldDeleted: true } };
      for (const l of group) this.outcome(l, 'contain', 'done', contained, r.note ?? 'batched');
    }
  }

  private async contain(l: Live): Promise<void> {
    const { issuer, ctx } = l;
    await this.step(l, 'contain', async () => {
      if (issuer.issueOnce) return { note: `${issuer.kind}: issuing revokes the old credential, and it comes next` };
      const r = issuer.canDeactivate ? await issuer.deactivateOld(ctx) : await issuer.deleteOld(ctx);
      return { ...r, ids: { ...r.ids, contained: true, ...(issuer.canDeactivate ? {} : { oldDeleted: true }) } };
    });
  }

  private async issueAndStore(l: Live): Promise<void> {
    const { unit, issuer, store, ctx } = l;
    const issuedBefore = this.journal.last(unit, 'issue') && !(await this.newParts(l).catch(() => undefined));
    if (issuedBefore && issuer.issueOnce) {
      // The call that issued (and revoked the old credential) may have gone through: never repeat it.
      await this.forceStep(l, 'issue', async () => {
        const r = await issuer.issueAfterLoss(ctx);
        l.newParts = r.parts;
        return r;
      });
    } else if (issuedBefore) {
      if (this.journal.isDone(unit, 'issue')) {
        // Issued, but the process died before the value was stored: nobody has it. Kill it and issue again.
        await this.guard(l, 'issue', async () => {
          const r = await issuer.revokeNew(ctx);
          this.journal.record(unit, {
            step: 'issue',
            state: 'failed',
            note: 'new credential lost before it was stored; revoked it, issuing again',
            ...(r.ids ? { ids: r.ids } : {}),
          });
          this.info(unit.id, 'issue', 'lost credential revoked', r.requestIds);
        });
      }
    }
    if (!l.newParts) {
      await this.guard(l, 'issue', async () => {
        const rec = await issuer.recoverIssue(ctx);
        this.merge(l, rec);
        if (rec.note) this.info(unit.id, 'issue', rec.note, rec.requestIds);
      });
      await this.forceStep(l, 'issue', async () => {
        const r = await issuer.issue(ctx);
        l.newParts = r.parts;
        return r;
      });
    }
    const names = storeNames(unit.target);
    const values: Parts = {};
    for (const [p, n] of Object.entries(names)) values[n] = (l.newParts as Parts)[p] ?? '';
    const token = typeof unit.state.storeToken === 'string' ? unit.state.storeToken : randomUUID();
    await this.step(l, 'store-pending', () => store.putPending(ctx, values), {
      storeToken: token,
      storeNames: Object.values(names).join(','),
    });
  }

  private info(unit: string, step: string, note: string, requestIds?: string[]): void {
    audit(this.opts.root, {
      rotation: this.id,
      unit,
      step,
      outcome: 'info',
      note,
      ...(requestIds?.length ? { requestIds } : {}),
    });
  }

  /** The new credential as read back from the store, checked with the issuer where it can. */
  private async verify(l: Live): Promise<void> {
    await this.step(l, 'verify', async () => {
      if (!l.issuer.canVerify) return { note: (await l.issuer.verify(l.ctx, {})).note ?? 'cannot verify' };
      const parts = await this.newParts(l);
      if (!parts) throw new UserError('the new credential cannot be read back from the store');
      const r = await l.issuer.verify(l.ctx, parts);
      if (r.ok === false) throw new UserError(`verify: the new credential does not work: ${r.note ?? 'rejected'}`);
      return r.ok === undefined ? { note: r.note ?? 'cannot verify' } : r;
    });
  }

  private async record(l: Live): Promise<void> {
    const { unit, issuer } = l;
    await this.step(l, 'record', async () => {
      const at = this.journal.last(unit, 'deactivate-old')?.at ?? this.now().toISOString();
      const state = unit.state.oldDeleted ? 'deleted' : issuer.canDeactivate ? 'deactivated' : 'replaced';
      const seen = new Set<string>();
      const entries = unit.refs
        .filter((r) => !seen.has(r.secretHash) && seen.add(r.secretHash))
        .map((r) => ({
          secretHash: r.secretHash,
          ruleId: r.ruleId,
          rotatedAt: at,
          rotation: this.id,
          state: state as 'deactivated',
        }));
      recordRotated(this.opts.root, entries);
      return { note: `${entries.length} hash(es) in .tokguard-rotated.json` };
    });
  }

  /** Deletes the old credential now (--revoke, grace over, or already revoked by contain), or says when. */
  private async deleteOrWait(l: Live): Promise<void> {
    const { unit, issuer, ctx } = l;
    const revokeAfter = new Date(
      Date.parse(this.journal.last(unit, 'record')?.at ?? this.now().toISOString()) + unit.target.graceMs,
    );
    if (unit.state.oldDeleted || this.opts.revoke || this.now() >= revokeAfter) {
      await this.step(l, 'delete-old', async () => {
        if (unit.state.oldDeleted)
          return { note: unit.state.contained ? 'already revoked by contain' : 'already revoked' };
        const r = await issuer.deleteOld(ctx);
        return { ...r, ids: { ...r.ids, oldDeleted: true } };
      });
      markDeleted(
        this.opts.root,
        this.id,
        unit.refs.map((r) => r.secretHash),
      );
      rmSync(join(this.opts.root, '.tokguard', 'backups', this.id, unit.id), { recursive: true, force: true });
      unit.status = 'done';
      delete unit.revokeAfter;
    } else {
      unit.status = 'awaiting-delete';
      unit.revokeAfter = revokeAfter.toISOString();
      this.log(
        `  ${unit.id}: the old credential is ${issuer.canDeactivate ? 'disabled' : 'still valid'}; it will be deleted by "tokguard rotate --resume ${this.id}" after ${unit.revokeAfter} (or now with --revoke)`,
      );
    }
  }

  /** Like step, but always runs (issue is re-attempted after recovery). */
  private async forceStep(l: Live, step: StepName, fn: () => Promise<StepResult>): Promise<void> {
    await this.guard(l, step, async () => {
      this.journal.record(l.unit, {
        step,
        state: 'intent',
        ids: { preIssueKeyHashes: l.unit.state.preIssueKeyHashes ?? '' },
      });
      this.outcome(l, step, 'done', await fn());
    });
    crashHook(this.opts, l.unit.id, step);
  }

  private storeFile(l: Live): string | undefined {
    return l.store instanceof DotenvStore ? l.store.file : undefined;
  }

  private async rewriteAll(l: Live): Promise<void> {
    const { unit } = l;
    const files = [...new Set(unit.refs.map((r) => r.file))];
    for (const file of files) {
      const step = `rewrite:${file}` as const;
      if (this.journal.isDone(unit, step)) continue;
      if (file === this.storeFile(l)) {
        await this.step(l, step, async () => ({ note: 'the dotenv store itself; replaced at promote' }));
        continue;
      }
      // An archive's entries are read, never written: the plan told its owner to rebuild it.
      const archive = archiveHolding(this.opts.root, unit.refs, file);
      if (archive !== undefined) {
        await this.step(l, step, async () => ({ note: `inside the archive ${archive}: not rewritten` }));
        continue;
      }
      const intent = this.journal.last(unit, step);
      const current = readText(this.opts.root, file);
      if (current !== undefined && intent?.ids?.after === sha256(current)) {
        await this.step(l, step, async () => ({ note: 'already rewritten' }));
        continue;
      }
      const rewrites = rewritesFor(this.opts.root, { target: unit.target, refs: unit.refs, oldParts: l.ctx.oldParts }, [
        file,
      ]);
      const rw = rewrites.get(file);
      const literals = unit.refs.filter((r) => r.file === file).map((r) => l.ctx.oldParts[r.part]);
      if (!rw || literals.some((x) => x === undefined) || rw.after === rw.before) {
        await this.guard(l, step, async () => {
          throw new UserError(
            `${file} changed since the plan: the leaked value is no longer where it was; fix the file by hand, then resume`,
          );
        });
        return;
      }
      for (const lit of literals)
        if (rw.after.includes(lit as string)) throw new Error(`internal error: rewrite left the literal in ${file}`);
      const newParts = l.newParts ? Object.values(l.newParts) : [];
      if (newParts.some((p) => p && rw.after.includes(p)))
        throw new Error(`internal error: refusing to write a secret into ${file}`);
      await this.step(
        l,
        step,
        async () => {
          const abs = join(this.opts.root, file);
          const backupDir = privateDir(this.opts.root, 'backups', this.id, unit.id);
          const backup = join(backupDir, sha256(file).slice(0, 16));
          if (!existsSync(backup)) writeFileAtomic.sync(backup, rw.before, { mode: 0o600 });
          writeFileAtomic.sync(abs, rw.after, { mode: statSync(abs).mode & 0o777 });
          return {};
        },
        { before: sha256(rw.before), after: sha256(rw.after) },
      );
    }
    if (!this.journal.isDone(unit, 'rewrite'))
      await this.step(l, 'rewrite', async () => ({ note: `${files.length} file(s)` }));
  }

  /** Undoes what can still be undone, newest first, keeping a working credential at every point. */
  private async undo(): Promise<void> {
    const j = this.journal;
    const problems: string[] = [];
    for (const unit of [...j.data.units].reverse()) {
      if (unit.status === 'rolled-back') continue;
      const l = this.live(unit, {});
      if (unit.state.oldDeleted) {
        problems.push(
          `${unit.id}: the old credential was already deleted; cannot roll back (the new one stays current)`,
        );
        continue;
      }
      const did = (s: StepRecord['step']) => unit.steps.some((x) => x.step === s);
      await this.guard(l, 'rollback', async () => {
        const r: StepResult[] = [];
        // 1. Bring the old credential back first, so there is always one that works.
        if (did('deactivate-old') || did('contain')) r.push(await l.issuer.reactivateOld(l.ctx));
        // 2. The store's current value back to the old one.
        if (did('store-pending')) r.push(await l.store.rollback(l.ctx));
        // 3. Files back, where they still hold what rotation wrote.
        for (const file of new Set(unit.refs.map((x) => x.file))) {
          const rec = [...unit.steps].reverse().find((x) => x.step === `rewrite:${file}` && x.ids?.after);
          const backup = join(this.opts.root, '.tokguard', 'backups', this.id, unit.id, sha256(file).slice(0, 16));
          if (!rec || !existsSync(backup)) continue;
          const cur = readText(this.opts.root, file);
          if (cur !== undefined && sha256(cur) === rec.ids?.after) {
            const abs = join(this.opts.root, file);
            writeFileAtomic.sync(abs, readFileSync(backup), { mode: statSync(abs).mode & 0o777 });
          } else if (cur !== undefined && sha256(cur) !== rec.ids?.before) {
            problems.push(`${unit.id}: ${file} was changed after the rewrite; restore it by hand`);
          }
        }
        // 4. Kill the credential this rotation issued.
        if (did('issue')) r.push(await l.issuer.revokeNew(l.ctx));
        forgetRotation(
          this.opts.root,
          this.id,
          unit.refs.map((x) => x.secretHash),
        );
        rmSync(join(this.opts.root, '.tokguard', 'backups', this.id, unit.id), { recursive: true, force: true });
        unit.status = 'rolled-back';
        j.record(unit, { step: 'rollback', state: 'done' });
        audit(this.opts.root, {
          rotation: this.id,
          unit: unit.id,
          step: 'rollback',
          outcome: 'done',
          requestIds: r.flatMap((x) => x.requestIds ?? []),
        });
        this.log(`  ${unit.id} rolled back`);
      });
    }
    j.data.status = j.data.units.every((u) => u.status === 'rolled-back') ? 'rolled-back' : j.data.status;
    j.save();
    this.lock?.release();
    if (problems.length) throw new UserError(problems.join('; '));
  }
}

/** Units writing the same store depend on each other; others are independent. */
function storeKey(s: StoreConfig): string {
  switch (s.type) {
    case 'aws-secrets-manager':
      return `sm:${s.region}:${s.endpoint ?? ''}:${s.secretId}`;
    case 'vault-kv':
      return `kv:${s.mount}/${s.path}`;
    case 'dotenv':
      return `dotenv:${s.file}`;
  }
}

/** One line per unit: done, waiting for the grace period, failed or not started, with what to run next. */
export function summaryLines(outcomes: UnitOutcome[], id: string): string[] {
  const resume = `tokguard rotate --resume ${id}`;
  return outcomes.map((o) => {
    const head = `${o.id} ${o.label}:`;
    if (o.blockedBy) return `${head} not started: writes the same store as ${o.blockedBy}, which failed; ${resume}`;
    switch (o.status) {
      case 'done':
        return `${head} done`;
      case 'awaiting-delete':
        return `${head} waiting for the grace period; the old credential is deleted by "${resume}" after ${o.revokeAfter ?? '?'} (or now with --revoke)`;
      case 'failed':
        return `${head} failed at ${o.step ?? '?'}: ${o.error ?? ''}`;
      default:
        return `${head} ${o.status}`;
    }
  });
}

function reqId(err: unknown): string | undefined {
  const r = (err as { requestId?: unknown }).requestId;
  return typeof r === 'string' ? r : undefined;
}

function releaseOrAbandon(lock: RotationLock, err: unknown): void {
  if (err instanceof SimulatedCrash) lock.abandon();
  else lock.release();
}

/**
 * On resume, recover each leaked literal from the files that still hold it (by location and
 * hash), else from the rollback copy of a file already rewritten (kept, 0600, until the old
 * credential is deleted): a provider that revokes by value (GitHub, Slack, npm) needs it then.
 */
function recoverOldParts(root: string, u: UnitRecord, rotationId: string): Partial<Parts> {
  const out: Partial<Parts> = {};
  for (const r of u.refs) {
    if (out[r.part]) continue;
    const text = readText(root, r.file);
    let lit = text === undefined ? undefined : literalAt(text, r);
    if (!lit) {
      const backup = join(root, '.tokguard', 'backups', rotationId, u.id, sha256(r.file).slice(0, 16));
      if (existsSync(backup)) lit = literalAt(readFileSync(backup, 'utf8'), r);
    }
    if (lit) out[r.part] = lit;
  }
  return out;
}
