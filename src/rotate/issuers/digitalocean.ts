/**
 * DigitalOcean personal access tokens and OAuth access tokens.
 * - Who owns it: GET /v2/account (https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account).
 * - Revoke: POST https://cloud.digitalocean.com/v1/oauth/revoke with `token=` and the token as
 *   bearer, the OAuth API's revoke endpoint (https://docs.digitalocean.com/reference/api/oauth/).
 * - Reissue: by hand in the control panel; the new token must be live for the same account.
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { field, requestIdOf, type ApiAnswer } from './api.js';
import { ProviderIssuer } from './base.js';

const API = 'https://api.digitalocean.com';
const OAUTH = 'https://cloud.digitalocean.com/v1/oauth';

export class DigitalOceanIssuer extends ProviderIssuer {
  private account(token: string): Promise<ApiAnswer> {
    return this.api.call({
      method: 'GET',
      url: `${API}/v2/account`,
      what: 'GET /v2/account',
      headers: { authorization: `Bearer ${token}` },
    });
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldAccount === 'string' || ctx.state.oldDead) return {};
    const a = await this.account(this.old(ctx));
    if (a.status === 401) return this.dead(ctx, 'GET /v2/account answered 401');
    if (a.status !== 200) throw this.api.fail(a, 'GET /v2/account with the leaked token', '', 'id');
    return {
      ...this.owner(ctx, field(a.body, 'account.email'), { oldAccount: field(a.body, 'account.uuid') ?? '' }),
      requestIds: requestIdOf(a),
    };
  }

  async admit(ctx: UnitContext, parts: Parts): Promise<StepResult> {
    const a = await this.account(parts.value!);
    if (a.status !== 200)
      throw new UserError(
        `digitalocean: the new token is rejected (GET /v2/account answered ${a.status}); paste a live token`,
      );
    this.sameOwner(ctx, 'oldAccount', field(a.body, 'account.uuid'), 'account');
    return { note: `new token entered by operator; live as ${field(a.body, 'account.email') ?? '?'}` };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.account(parts.value!);
    if (a.status === 401) return { ok: false, note: 'GET /v2/account answered 401' };
    if (a.status !== 200) throw this.api.fail(a, 'GET /v2/account with the new token', '', 'id');
    return { ok: true, note: 'live', requestIds: requestIdOf(a) };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    const old = this.old(ctx);
    const a = await this.api.call({
      method: 'POST',
      url: `${OAUTH}/revoke`,
      what: 'POST /v1/oauth/revoke',
      headers: { authorization: `Bearer ${old}` },
      form: { token: old },
    });
    if (a.status === 200 || a.status === 204) return { note: 'revoked', requestIds: requestIdOf(a) };
    if (a.status === 401) return { note: 'already revoked (401)' };
    throw this.api.fail(a, 'POST /v1/oauth/revoke', '', 'error');
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    ctx.log(
      'Manual step: delete the new DigitalOcean token at https://cloud.digitalocean.com/account/api/tokens if you no longer want it.',
    );
    return { note: 'the new token is the operator’s to delete' };
  }
}
