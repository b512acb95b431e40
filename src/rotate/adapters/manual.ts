/**
 * Issuer: a provider with no API. The plan tells the human what to do; at execution the new
 * value is read from standard input (never from an argument, which would land in shell history
 * and the process list), and the operator confirms each step that only they can do.
 */
import type { IssuerConfig } from '../config.js';
import type { IssuerAdapter, Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { UserError } from '../../errors.js';

type Cfg = Extract<IssuerConfig, { type: 'manual' }>;

export class ManualIssuer implements IssuerAdapter {
  readonly kind = 'manual';
  readonly canDeactivate = true;
  constructor(private readonly cfg: Cfg) {}

  planCalls() {
    return {
      contain: 'MANUAL: disable the leaked credential at the provider, then confirm',
      issue: `MANUAL: ${this.cfg.instructions} — then paste the new value on standard input`,
      'deactivate-old': 'MANUAL: disable the old credential at the provider, then confirm',
      'delete-old': 'MANUAL: delete the old credential at the provider, then confirm',
    };
  }

  private async confirm(ctx: UnitContext, what: string): Promise<StepResult> {
    const answer = (
      await ctx.prompt(`${what} (${ctx.state.oldLabel ?? 'old credential'}). Type "done" when finished: `)
    ).trim();
    if (answer !== 'done')
      throw new UserError(`manual step not confirmed: ${what}; run again with --resume ${ctx.rotationId}`);
    return { note: 'confirmed by operator' };
  }

  async preflight(): Promise<StepResult> {
    return {};
  }
  async recoverIssue(): Promise<StepResult> {
    return {};
  }
  async issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    ctx.log(`Manual step: ${this.cfg.instructions}`);
    const value = (await ctx.prompt('Paste the new value and press Enter: ')).trim();
    if (!value) throw new UserError('no new value was given on standard input');
    if (Object.values(ctx.oldParts).includes(value))
      throw new UserError('the value given is the leaked one; issue a new credential first');
    secrets.add(value);
    return { parts: { value }, note: 'new value entered by operator' };
  }
  async verify(): Promise<StepResult & { ok: boolean | undefined }> {
    return { ok: undefined, note: 'the provider has no API to verify against' };
  }
  deactivateOld(ctx: UnitContext): Promise<StepResult> {
    return this.confirm(ctx, 'Disable the old credential at the provider');
  }
  async reactivateOld(ctx: UnitContext): Promise<StepResult> {
    ctx.log('Manual step: re-enable the old credential at the provider if you disabled it.');
    return {};
  }
  deleteOld(ctx: UnitContext): Promise<StepResult> {
    return this.confirm(ctx, 'Delete the old credential at the provider');
  }
  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    ctx.log('Manual step: delete the new credential at the provider.');
    return {};
  }
}
