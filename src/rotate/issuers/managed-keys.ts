/**
 * Issuers whose provider manages keys by id (SendGrid, OpenAI admin keys, Datadog): find the
 * leaked key's id, create a new key named after the rotation, delete the old key by id. A key
 * created by an attempt that died before its value was stored is found by that name and deleted
 * before the next attempt (recoverIssue), so a crash never leaves an extra live key behind.
 */
import type { Parts, StepResult, UnitContext } from '../types.js';
import { ProviderIssuer } from './base.js';

export interface KeyRef {
  id: string;
  name: string;
}

export abstract class ManagedKeyIssuer extends ProviderIssuer {
  /** The keys of the account, for recovery (only names and ids are read). */
  protected abstract list(ctx: UnitContext): Promise<KeyRef[]>;
  protected abstract remove(ctx: UnitContext, id: string): Promise<StepResult>;
  protected abstract create(ctx: UnitContext, name: string): Promise<StepResult & { parts: Parts; id: string }>;

  /** The name a new key gets: deterministic per rotation and unit, so a crashed attempt's key is found. */
  protected newName(ctx: UnitContext): string {
    const base = typeof ctx.state.oldName === 'string' && ctx.state.oldName ? `${ctx.state.oldName} ` : '';
    return `${base}(tokguard ${ctx.rotationId} ${ctx.unitId})`.slice(-100);
  }

  async recoverIssue(ctx: UnitContext): Promise<StepResult> {
    if (ctx.rotationId === '(plan)') return {};
    const name = this.newName(ctx);
    const stale = (await this.list(ctx)).filter((k) => k.name === name && k.id !== ctx.state.oldKeyId);
    for (const k of stale) await this.remove(ctx, k.id);
    return stale.length ? { note: `deleted ${stale.length} key(s) left by an interrupted attempt` } : {};
  }

  async issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    const r = await this.create(ctx, this.newName(ctx));
    return {
      parts: r.parts,
      ids: { ...r.ids, newKeyId: r.id },
      ...(r.requestIds ? { requestIds: r.requestIds } : {}),
      note: 'created',
    };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    const id = ctx.state.oldKeyId;
    if (typeof id !== 'string' || !id) return { note: 'nothing to delete: the leaked key was already gone' };
    return this.remove(ctx, id);
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    const id = ctx.state.newKeyId;
    if (typeof id !== 'string' || !id) return { note: 'no new key was recorded' };
    return this.remove(ctx, id);
  }
}
