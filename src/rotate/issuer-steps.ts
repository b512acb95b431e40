/**
 * One issuer as the executor and the planner see it: every step callable, whatever the issuer
 * can do by API. A capability the issuer lacks becomes the operator's step named in `human`
 * (the new value read from standard input, never from an argument; other steps confirmed by
 * typing "done"), or a step that records why there is nothing to do.
 */
import { UserError } from '../errors.js';
import type { IssuerAdapter, Parts, PlanCalls, StepResult, UnitContext } from './types.js';
import { secrets } from './types.js';

function missing(issuer: IssuerAdapter, method: string): never {
  throw new Error(`internal error: issuer ${issuer.kind} declares a capability without ${method}()`);
}

async function confirm(ctx: UnitContext, what: string): Promise<StepResult> {
  const label = ctx.state.oldLabel ?? ctx.state.oldKeyLabel ?? 'old credential';
  const answer = (await ctx.prompt(`${what} (${String(label)}). Type "done" when finished: `)).trim();
  if (answer !== 'done')
    throw new UserError(`manual step not confirmed: ${what}; run again with --resume ${ctx.rotationId}`);
  return { note: 'confirmed by operator' };
}

/**
 * The manual path: the new value is read from standard input (never an argument), must not be
 * the leaked one, and is checked by the issuer (live, same owner) before anyone stores it.
 */
export async function enterByHand(
  ctx: UnitContext,
  how: string,
  issuer: Pick<IssuerAdapter, 'admit'>,
): Promise<StepResult & { parts: Parts }> {
  ctx.log(`Manual step: ${how}`);
  const value = (await ctx.prompt('Paste the new value and press Enter: ')).trim();
  if (!value) throw new UserError('no new value was given on standard input');
  if (Object.values(ctx.oldParts).includes(value))
    throw new UserError('the value given is the leaked one; issue a new credential first');
  secrets.add(value);
  const parts = { value };
  const checked = issuer.admit ? await issuer.admit(ctx, parts) : {};
  return {
    parts,
    note: checked.note ?? 'new value entered by operator',
    ...(checked.ids ? { ids: checked.ids } : {}),
    ...(checked.requestIds ? { requestIds: checked.requestIds } : {}),
  };
}

export class IssuerSteps {
  constructor(readonly issuer: IssuerAdapter) {}

  get kind(): string {
    return this.issuer.kind;
  }

  /** The old credential can be disabled and brought back (by API or by the operator). */
  get canDeactivate(): boolean {
    return this.issuer.can.deactivate || Boolean(this.issuer.human?.deactivate);
  }

  /** The old credential can be killed for good (by API or by the operator). */
  get canRevoke(): boolean {
    return this.issuer.can.revoke || Boolean(this.issuer.human?.revoke);
  }

  /** Issuing kills the old credential too (see IssuerAdapter.issueOnce). */
  get issueOnce(): string | undefined {
    return this.issuer.issueOnce;
  }

  get canVerify(): boolean {
    return this.issuer.can.verify;
  }

  planCalls(): PlanCalls {
    const api = this.issuer.planCalls();
    const h = this.issuer.human ?? {};
    const out: PlanCalls = { ...api };
    if (!this.issuer.can.reissue && h.issue)
      out.issue = `MANUAL: ${h.issue} — then paste the new value on standard input`;
    if (!this.issuer.can.deactivate && h.deactivate) {
      out['deactivate-old'] = `MANUAL: ${h.deactivate}, then confirm`;
      out.contain = `MANUAL: ${h.deactivate}, then confirm`;
    }
    if (!this.issuer.can.revoke && h.revoke) out['delete-old'] = `MANUAL: ${h.revoke}, then confirm`;
    return out;
  }

  preflight(ctx: UnitContext): Promise<StepResult> {
    return this.issuer.preflight(ctx);
  }

  async recoverIssue(ctx: UnitContext): Promise<StepResult> {
    return this.issuer.recoverIssue ? this.issuer.recoverIssue(ctx) : {};
  }

  async issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    if (this.issuer.can.reissue) return this.issuer.issue ? this.issuer.issue(ctx) : missing(this.issuer, 'issue');
    return enterByHand(ctx, this.issuer.human?.issue ?? 'issue a new credential at the provider', this.issuer);
  }

  /**
   * An issue-once issuer's call was made but its new credential was lost (a crash before it was
   * stored): the call is not repeated; the operator issues one by hand, told why.
   */
  async issueAfterLoss(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    ctx.log(
      `${this.issuer.kind}: the credential issued before the interruption was never stored, and the call cannot be repeated (${this.issuer.issueOnce ?? 'it would fail or revoke the new credential'}). The lost credential may still be live: revoke it at the provider once you have a new one.`,
    );
    const r = await enterByHand(ctx, this.issuer.human?.issue ?? 'issue a new credential at the provider', this.issuer);
    return { ...r, note: `new credential lost in an interruption; ${r.note ?? 'entered by operator'}` };
  }

  async verify(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    if (!this.issuer.can.verify) return { ok: undefined, note: `${this.issuer.kind} cannot verify a credential` };
    return this.issuer.verify ? this.issuer.verify(ctx, parts) : missing(this.issuer, 'verify');
  }

  async deactivateOld(ctx: UnitContext): Promise<StepResult> {
    if (this.issuer.can.deactivate)
      return this.issuer.deactivateOld ? this.issuer.deactivateOld(ctx) : missing(this.issuer, 'deactivateOld');
    if (this.issuer.human?.deactivate) return confirm(ctx, this.issuer.human.deactivate);
    return { note: `${this.issuer.kind} credentials cannot be disabled; the old one stays valid until delete-old` };
  }

  async reactivateOld(ctx: UnitContext): Promise<StepResult> {
    if (this.issuer.can.deactivate)
      return this.issuer.reactivateOld ? this.issuer.reactivateOld(ctx) : missing(this.issuer, 'reactivateOld');
    if (this.issuer.human?.deactivate) ctx.log('Manual step: re-enable the old credential at the provider.');
    return {};
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    if (this.issuer.can.revoke)
      return this.issuer.deleteOld ? this.issuer.deleteOld(ctx) : missing(this.issuer, 'deleteOld');
    if (this.issuer.human?.revoke) return confirm(ctx, this.issuer.human.revoke);
    return { note: 'nothing to revoke: the old value is no longer referenced' };
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    if (this.issuer.can.revoke)
      return this.issuer.revokeNew ? this.issuer.revokeNew(ctx) : missing(this.issuer, 'revokeNew');
    if (this.issuer.human?.revoke) ctx.log('Manual step: delete the new credential at the provider.');
    return {};
  }
}
