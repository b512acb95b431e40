/**
 * Issuer: a provider with no API. Every step is the operator's: the plan says what to do, the
 * new value is read from standard input (never from an argument, which would land in shell
 * history and the process list), and the operator confirms each step only they can do.
 */
import type { IssuerConfig } from '../config.js';
import type { IssuerAdapter, StepResult } from '../types.js';

type Cfg = Extract<IssuerConfig, { type: 'manual' }>;

export class ManualIssuer implements IssuerAdapter {
  readonly kind = 'manual';
  readonly can = { reissue: false, verify: false, deactivate: false, revoke: false };
  readonly human: { issue: string; deactivate: string; revoke: string };

  constructor(cfg: Cfg) {
    this.human = {
      issue: cfg.instructions,
      deactivate: 'Disable the old credential at the provider',
      revoke: 'Delete the old credential at the provider',
    };
  }

  planCalls() {
    return {};
  }

  async preflight(): Promise<StepResult> {
    return {};
  }
}
