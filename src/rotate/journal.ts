/**
 * The rotation journal: one JSON file per rotation in `.tokguard/rotations/` (mode 0600), written
 * atomically after every intent and every outcome, with identifiers only. A lock file makes a
 * second rotation in the same repository fail fast; a lock left by a dead process is taken over.
 * The audit log is append-only JSON lines, redacted.
 */
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  writeFileSync,
  existsSync,
  openSync,
  closeSync,
  writeSync,
  unlinkSync,
  appendFileSync,
  chmodSync,
  readdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { userInfo, hostname } from 'node:os';
import writeFileAtomic from 'write-file-atomic';
import { UserError } from '../errors.js';
import type { Ids, StepName } from './types.js';
import { secrets } from './types.js';
import type { TargetConfig } from './config.js';
import { refuseLink } from '../report/no-links.js';

export type StepState = 'intent' | 'done' | 'failed' | 'skipped';

export interface StepRecord {
  step: StepName | `rewrite:${string}` | 'rollback' | 'preflight';
  state: StepState;
  at: string;
  ids?: Ids;
  note?: string;
  error?: string;
}

/** A location of the leaked literal (no secret: the hash identifies it). */
export interface RefRecord {
  file: string;
  ruleId: string;
  part: string;
  secretHash: string;
  fingerprint: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The reference is in an entry of this zip archive (journals before it: see `archiveHolding`). */
  archive?: { path: string; entry: string };
}

export interface UnitRecord {
  id: string;
  target: TargetConfig;
  /** Redacted form of the old credential, for messages. */
  label: string;
  refs: RefRecord[];
  /** Identifiers recorded by adapters and the executor. */
  state: Ids;
  steps: StepRecord[];
  status: 'pending' | 'running' | 'awaiting-delete' | 'done' | 'failed' | 'rolled-back';
  revokeAfter?: string;
}

export interface JournalData {
  version: 1;
  id: string;
  createdAt: string;
  updatedAt: string;
  operator: string;
  options: { containFirst: boolean; revoke: boolean; storeMismatch?: 'refuse' | 'add' };
  status: 'running' | 'failed' | 'awaiting-delete' | 'done' | 'rolled-back';
  units: UnitRecord[];
}

export function tokguardDir(root: string): string {
  const dir = join(root, '.tokguard');
  refuseLink(root, dir, 'dir');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  // The folder ignores itself, so it is git-ignored whatever the project's .gitignore says.
  const gi = join(dir, '.gitignore');
  if (!existsSync(gi)) writeFileSync(gi, '*\n', { mode: 0o600 });
  return dir;
}

export function privateDir(root: string, ...parts: string[]): string {
  let dir = tokguardDir(root);
  for (const part of parts) {
    dir = join(dir, part);
    refuseLink(root, dir, 'dir');
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export function newRotationId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `rot-${stamp}-${randomBytes(3).toString('hex')}`;
}

const ID_RE = /^rot-[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$/;

export function operatorName(): string {
  let user = process.env.USER ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* keep env value */
  }
  return `${user}@${hostname()}`;
}

export class Journal {
  /** A draft is not written until `commit`: a rotation whose preflight fails leaves no journal. */
  private draft = false;

  private constructor(
    readonly root: string,
    readonly path: string,
    public data: JournalData,
  ) {}

  static create(root: string, data: Omit<JournalData, 'version' | 'createdAt' | 'updatedAt'>): Journal {
    const j = Journal.createDraft(root, data);
    j.commit();
    return j;
  }

  static createDraft(root: string, data: Omit<JournalData, 'version' | 'createdAt' | 'updatedAt'>): Journal {
    const now = new Date().toISOString();
    const path = join(root, '.tokguard', 'rotations', `${data.id}.json`);
    const j = new Journal(root, path, { version: 1, createdAt: now, updatedAt: now, ...data });
    j.draft = true;
    return j;
  }

  /** Writes a draft for the first time; from then on every change is saved. */
  commit(): void {
    privateDir(this.root, 'rotations');
    this.draft = false;
    this.save();
  }

  static open(root: string, id: string): Journal {
    if (!ID_RE.test(id)) throw new UserError(`rotation id "${id}" is not valid (expected rot-YYYYMMDD-HHMMSS-xxxxxx)`);
    const path = join(root, '.tokguard', 'rotations', `${id}.json`);
    if (!existsSync(path)) throw new UserError(`no journal for rotation ${id} in .tokguard/rotations`);
    let data: JournalData | null;
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as JournalData | null;
    } catch (err) {
      throw new UserError(`journal ${path} is not valid JSON: ${(err as Error).message}`);
    }
    if (
      data === null ||
      typeof data !== 'object' ||
      data.version !== 1 ||
      data.id !== id ||
      !Array.isArray(data.units) ||
      !data.units.every((u) => typeof u === 'object' && u !== null)
    ) {
      throw new UserError(`journal ${path} is not a tokguard rotation journal`);
    }
    return new Journal(root, path, data);
  }

  static list(root: string): string[] {
    const dir = join(root, '.tokguard', 'rotations');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
  }

  save(): void {
    if (this.draft) return;
    this.data.updatedAt = new Date().toISOString();
    const text = secrets.check(`${JSON.stringify(this.data, null, 2)}\n`, 'the journal');
    writeFileAtomic.sync(this.path, text, { mode: 0o600 });
    chmodSync(this.path, 0o600);
  }

  unit(id: string): UnitRecord {
    const u = this.data.units.find((x) => x.id === id);
    if (!u) throw new Error(`unknown unit ${id}`);
    return u;
  }

  /** The latest record of a step for a unit. */
  last(unit: UnitRecord, step: StepRecord['step']): StepRecord | undefined {
    for (let i = unit.steps.length - 1; i >= 0; i--) if (unit.steps[i]?.step === step) return unit.steps[i];
    return undefined;
  }

  isDone(unit: UnitRecord, step: StepRecord['step']): boolean {
    const s = this.last(unit, step)?.state;
    return s === 'done' || s === 'skipped';
  }

  record(unit: UnitRecord, rec: Omit<StepRecord, 'at'>): void {
    unit.steps.push({ ...rec, at: new Date().toISOString() });
    if (rec.ids) Object.assign(unit.state, rec.ids);
    this.save();
  }
}

/* ----------------------------------------------------------------------------------------- */

interface LockInfo {
  pid: number;
  nonce: string;
  rotation: string;
  host: string;
  at: string;
}

/** Locks held by this process, by nonce. A lock file whose nonce is ours but absent here is stale. */
const held = new Set<string>();

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class RotationLock {
  private constructor(
    private readonly path: string,
    private readonly nonce: string,
  ) {}

  static acquire(root: string, rotation: string): RotationLock {
    const path = join(tokguardDir(root), 'rotate.lock');
    const nonce = randomBytes(8).toString('hex');
    const info: LockInfo = { pid: process.pid, nonce, rotation, host: hostname(), at: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx', 0o600);
        writeSync(fd, JSON.stringify(info));
        closeSync(fd);
        held.add(nonce);
        return new RotationLock(path, nonce);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        let other: LockInfo | undefined;
        try {
          const parsed = JSON.parse(readFileSync(path, 'utf8')) as LockInfo | null;
          other = typeof parsed === 'object' && parsed !== null ? parsed : undefined;
        } catch {
          other = undefined;
        }
        const stale =
          other !== undefined &&
          other.host === hostname() &&
          (!pidAlive(other.pid) || (other.pid === process.pid && !held.has(other.nonce)));
        if (!stale || attempt > 0) {
          throw new UserError(
            `another rotation is running (${other?.rotation ?? 'unknown'}, pid ${other?.pid ?? '?'}); wait for it or remove .tokguard/rotate.lock if that process is gone`,
          );
        }
        unlinkSync(path);
      }
    }
    throw new UserError('could not take the rotation lock');
  }

  release(): void {
    held.delete(this.nonce);
    try {
      const info = JSON.parse(readFileSync(this.path, 'utf8')) as LockInfo | null;
      if (info?.nonce === this.nonce) unlinkSync(this.path);
    } catch {
      /* already gone */
    }
  }

  /** Simulates the process dying: the file stays, this process forgets it held it. */
  abandon(): void {
    held.delete(this.nonce);
  }
}

/* ----------------------------------------------------------------------------------------- */

export interface AuditEntry {
  rotation: string;
  unit?: string;
  step: string;
  outcome: 'intent' | 'done' | 'failed' | 'skipped' | 'info';
  ids?: Ids;
  requestIds?: string[];
  note?: string;
  error?: string;
}

/** Appends one JSON line to `.tokguard/audit.log` (mode 0600). Never rewritten. */
export function audit(root: string, entry: AuditEntry): void {
  const path = join(tokguardDir(root), 'audit.log');
  const line = secrets.check(
    `${JSON.stringify({ time: new Date().toISOString(), operator: operatorName(), pid: process.pid, ...entry })}\n`,
    'the audit log',
  );
  appendFileSync(path, line, { mode: 0o600 });
}
