/**
 * What every provider issuer shares: its API client on the provider's hosts, the leaked value
 * (in memory only; on --resume it is read back from the files or the rollback copies), its
 * plan lines from the registry, and the owner check for a credential entered by hand.
 */
import { UserError } from '../../errors.js';
import { redact } from '../../report/finding.js';
import type {
  HumanSteps,
  Ids,
  IssuerAdapter,
  IssuerCapabilities,
  PlanCalls,
  StepResult,
  UnitContext,
} from '../types.js';
import { ProviderApi } from './api.js';
import type { ProviderIssuerConfig } from './config.js';
import { ISSUERS, type IssuerInfo } from './registry.js';

export abstract class ProviderIssuer implements IssuerAdapter {
  readonly kind: string;
  readonly can: IssuerCapabilities;
  readonly human?: HumanSteps;
  protected readonly info: IssuerInfo;
  protected readonly api: ProviderApi;

  constructor(protected readonly cfg: ProviderIssuerConfig) {
    this.info = ISSUERS[cfg.type]!;
    this.kind = cfg.type;
    this.can = this.info.can;
    const how = this.manualIssue();
    if (how) this.human = { issue: cfg.instructions ?? how };
    this.api = new ProviderApi(cfg.type, this.info.hosts, cfg.timeoutMs);
  }

  /**
   * What the operator does to make a new credential by hand: always for a provider without a
   * reissue API, and for a roll that cannot be repeated (see issueOnce).
   */
  protected manualIssue(): string | undefined {
    const reissue = this.info.reissue;
    if (reissue && 'manual' in reissue) return reissue.manual;
    return this.info.issueOnce ? `issue a new ${this.info.name} credential by hand` : undefined;
  }

  /** The API's base URL: the configured one (checked against the allowed hosts at each call) or the default. */
  protected base(def: string): string {
    return this.cfg.url ?? def;
  }

  planCalls(): PlanCalls {
    const i = this.info;
    const out: PlanCalls = {};
    if (i.verify) out.preflight = `${i.verify.call} with the leaked credential (who owns it, is it live)`;
    if (i.reissue && 'call' in i.reissue) out.issue = i.reissue.call;
    if (i.verify) out.verify = `${i.verify.call} with the new credential`;
    if (i.revoke) out['delete-old'] = i.revoke.call;
    return out;
  }

  abstract preflight(ctx: UnitContext): Promise<StepResult>;

  /** The leaked value, or why it is not known any more. */
  protected old(ctx: UnitContext): string {
    const v = ctx.oldParts.value;
    if (!v)
      throw new UserError(
        `${this.kind}: the leaked value is no longer in the files nor in the rollback copies; revoke it by hand at the provider, then resume`,
      );
    return v;
  }

  /** Identity facts for the plan and the ids that later steps compare against. */
  protected owner(ctx: UnitContext, identity: string | undefined, ids: Ids, extra: string[] = []): StepResult {
    const old = ctx.oldParts.value;
    return {
      ids: { ...ids, ...(old ? { oldLabel: redact(old) } : {}) },
      facts: [`${this.info.name}: the leaked credential is live${identity ? `, owned by ${identity}` : ''}`, ...extra],
    };
  }

  protected dead(ctx: UnitContext, why: string): StepResult {
    const old = ctx.oldParts.value;
    return {
      ids: { oldDead: true, ...(old ? { oldLabel: redact(old) } : {}) },
      facts: [`${this.info.name}: the leaked credential is already dead (${why}); it still has to leave the files`],
      note: 'the leaked credential is already dead',
    };
  }

  /** Refuses a hand-entered credential of another owner (a different login, team or account). */
  protected sameOwner(ctx: UnitContext, key: string, got: string | undefined, what: string): void {
    const want = ctx.state[key];
    if (typeof want === 'string' && want !== '' && got !== want)
      throw new UserError(
        `${this.kind}: the new credential belongs to ${what} ${got ?? '(unknown)'}, not ${want} who owned the leaked one; paste a credential of the same owner`,
      );
  }
}
