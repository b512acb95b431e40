/**
 * Store: a `.env` file, the embedded default that needs no service. The file must be
 * git-ignored: tokguard never writes a secret into a tracked file. The pending value waits in
 * `.tokguard/pending/` (mode 0600); promotion sets the variables in place, keeping the rest of
 * the file, after saving the previous file for rollback in `.tokguard/backups/`.
 */
import { existsSync, readFileSync, unlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { createHash } from 'node:crypto';
import type { StoreConfig } from '../config.js';
import type { Parts, StepResult, StoreAdapter, StoreExpectation, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { checkStoreHolds, heldFact } from '../store-check.js';
import { privateDir } from '../journal.js';
import { isGitRepo, isIgnored, isTracked } from '../git.js';
import { getDotenv, setDotenv } from '../rewrite/dotenv.js';
import { UserError } from '../../errors.js';

type Cfg = Extract<StoreConfig, { type: 'dotenv' }>;

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export class DotenvStore implements StoreAdapter {
  readonly kind = 'dotenv';
  constructor(
    private readonly cfg: Cfg,
    private readonly root: string,
  ) {}

  get file(): string {
    return this.cfg.file;
  }

  planCalls() {
    return {
      preflight: `${this.cfg.file} is git-ignored and untracked; a variable it already has must hold the leaked value (compared by hash)`,
      'store-pending': `write .tokguard/pending/<rotation>-<unit>.json (0600)`,
      promote: `set the variables in ${this.cfg.file} (git-ignored), previous file kept in .tokguard/backups/`,
    };
  }

  private pendingFile(ctx: UnitContext): string {
    return join(privateDir(this.root, 'pending'), `${ctx.rotationId}-${ctx.unitId}.json`);
  }
  private backupFile(ctx: UnitContext): string {
    return join(privateDir(this.root, 'backups', ctx.rotationId), `${ctx.unitId}.store`);
  }
  private path(): string {
    return join(this.root, this.cfg.file);
  }

  checkSafe(): void {
    if (!isGitRepo(this.root)) return;
    if (isTracked(this.root, this.cfg.file)) {
      throw new UserError(
        `store ${this.cfg.file} is tracked by git; tokguard never writes a secret into a tracked file (use a git-ignored file such as .env.local)`,
      );
    }
    if (!isIgnored(this.root, this.cfg.file)) {
      throw new UserError(`store ${this.cfg.file} is not git-ignored; add it to .gitignore first`);
    }
  }

  /**
   * The dotenv store is tokguard's own git-ignored file: a missing file or variable is filled in
   * at promote (that is how it starts), but a variable holding another value is a wrong target.
   */
  async preflight(_ctx: UnitContext, expect: StoreExpectation): Promise<StepResult> {
    this.checkSafe();
    const text = existsSync(this.path()) ? readFileSync(this.path(), 'utf8') : '';
    const names = Object.keys(expect.hashes);
    if (!names.length) return {};
    const fields = Object.fromEntries(names.map((n) => [n, getDotenv(text, n)]));
    for (const v of Object.values(fields)) secrets.add(v);
    const where = `dotenv store ${this.cfg.file}`;
    return {
      facts: [heldFact(where, checkStoreHolds(where, fields, { ...expect, mismatch: 'add' }), 'set at promote')],
    };
  }

  async putPending(ctx: UnitContext, values: Parts): Promise<StepResult> {
    const f = this.pendingFile(ctx);
    if (existsSync(f)) {
      const p = JSON.parse(readFileSync(f, 'utf8')) as { token: string };
      if (p.token === ctx.state.storeToken) return { note: 'pending value already stored' };
    }
    writeFileAtomic.sync(f, JSON.stringify({ token: ctx.state.storeToken, values }), { mode: 0o600 });
    return {};
  }

  async readOurs(ctx: UnitContext): Promise<Parts | undefined> {
    const names = String(ctx.state.storeNames ?? '').split(',');
    const f = this.pendingFile(ctx);
    if (existsSync(f)) {
      const p = JSON.parse(readFileSync(f, 'utf8')) as { token: string; values: Parts };
      if (p.token === ctx.state.storeToken) {
        secrets.addAll(p.values);
        return p.values;
      }
    }
    if (ctx.state.dotenvPromoted && existsSync(this.path())) {
      const text = readFileSync(this.path(), 'utf8');
      const out: Parts = {};
      for (const n of names) {
        const v = getDotenv(text, n);
        if (v === undefined) return undefined;
        out[n] = v;
      }
      secrets.addAll(out);
      return out;
    }
    return undefined;
  }

  async promote(ctx: UnitContext): Promise<StepResult> {
    this.checkSafe();
    const ours = await this.readOurs(ctx);
    if (!ours) throw new UserError(`the pending value for ${this.cfg.file} is gone (.tokguard/pending)`);
    const path = this.path();
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const backup = this.backupFile(ctx);
    if (!existsSync(backup))
      writeFileAtomic.sync(backup, JSON.stringify({ existed: existsSync(path), text: before }), { mode: 0o600 });
    const after = setDotenv(before, ours);
    if (after !== before) {
      const mode = existsSync(path) ? statSync(path).mode & 0o777 : 0o600;
      writeFileAtomic.sync(path, after, { mode });
    }
    const f = this.pendingFile(ctx);
    if (existsSync(f)) unlinkSync(f);
    return { ids: { dotenvPromoted: true, dotenvHash: sha256(after) } };
  }

  async rollback(ctx: UnitContext): Promise<StepResult> {
    const backup = this.backupFile(ctx);
    if (ctx.state.dotenvPromoted && existsSync(backup)) {
      const b = JSON.parse(readFileSync(backup, 'utf8')) as { existed: boolean; text: string };
      if (b.existed) writeFileAtomic.sync(this.path(), b.text, { mode: statSync(this.path()).mode & 0o777 });
      else if (existsSync(this.path())) unlinkSync(this.path());
    }
    const f = this.pendingFile(ctx);
    if (existsSync(f)) unlinkSync(f);
    return {};
  }
}
