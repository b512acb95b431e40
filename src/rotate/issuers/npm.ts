/**
 * npm registry access tokens.
 * - Who owns it: GET /-/whoami (what `npm whoami` calls; https://docs.npmjs.com/cli/v10/commands/npm-whoami).
 * - Revoke: DELETE /-/user/token/{token}, authenticated with the token itself: what `npm logout`
 *   sends to "end this token's session", invalidating it everywhere
 *   (https://docs.npmjs.com/cli/v10/commands/npm-logout). The path holds the token, so errors
 *   name the documented form only.
 * - Reissue: creating a token needs the account password and 2FA, so it is done by hand.
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { field, requestIdOf, type ApiAnswer } from './api.js';
import { ProviderIssuer } from './base.js';

const API = 'https://registry.npmjs.org';

export class NpmIssuer extends ProviderIssuer {
  private whoami(token: string): Promise<ApiAnswer> {
    return this.api.call({
      method: 'GET',
      url: `${this.base(API)}/-/whoami`,
      what: 'GET /-/whoami',
      headers: { authorization: `Bearer ${token}` },
    });
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldUser === 'string' || ctx.state.oldDead) return {};
    const a = await this.whoami(this.old(ctx));
    if (a.status === 401 || a.status === 403) return this.dead(ctx, `GET /-/whoami answered ${a.status}`);
    if (a.status !== 200) throw this.api.fail(a, 'GET /-/whoami with the leaked token');
    const user = field(a.body, 'username') ?? '';
    return { ...this.owner(ctx, user, { oldUser: user }), requestIds: requestIdOf(a) };
  }

  async admit(ctx: UnitContext, parts: Parts): Promise<StepResult> {
    const a = await this.whoami(parts.value!);
    if (a.status !== 200)
      throw new UserError(`npm: the new token is rejected (GET /-/whoami answered ${a.status}); paste a live token`);
    this.sameOwner(ctx, 'oldUser', field(a.body, 'username'), 'user');
    return { note: `new token entered by operator; live as ${field(a.body, 'username') ?? '?'}` };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.whoami(parts.value!);
    if (a.status === 401 || a.status === 403) return { ok: false, note: `GET /-/whoami answered ${a.status}` };
    if (a.status !== 200) throw this.api.fail(a, 'GET /-/whoami with the new token');
    return { ok: true, note: `live as ${field(a.body, 'username') ?? '?'}`, requestIds: requestIdOf(a) };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    const old = this.old(ctx);
    const a = await this.api.call({
      method: 'DELETE',
      url: `${this.base(API)}/-/user/token/${encodeURIComponent(old)}`,
      what: 'DELETE /-/user/token/{token}',
      headers: { authorization: `Bearer ${old}` },
    });
    if (a.status === 200 || a.status === 204) return { note: 'revoked', requestIds: requestIdOf(a) };
    if (a.status === 401 || a.status === 404) return { note: `already revoked (HTTP ${a.status})` };
    throw this.api.fail(a, 'DELETE /-/user/token/{token}');
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    ctx.log(
      'Manual step: delete the new npm token at https://www.npmjs.com/settings/~/tokens if you no longer want it.',
    );
    return { note: 'the new token is the operator’s to delete' };
  }
}
