/**
 * Cloudflare user API tokens.
 * - Which token: GET /client/v4/user/tokens/verify with it names its id
 *   (https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/).
 * - Reissue: PUT /client/v4/user/tokens/{token_id}/value rolls the token: same id and
 *   permissions, a new value, the old value invalid at once; it needs `API Tokens Write`, so it
 *   is sent with CLOUDFLARE_API_TOKEN from the operator's environment when that is another token,
 *   else with the leaked token itself
 *   (https://developers.cloudflare.com/api/resources/user/subresources/tokens/subresources/value/methods/update/).
 *   A roll is never repeated (issueOnce).
 * - Revoke, when the new token came by hand: DELETE /client/v4/user/tokens/{token_id}
 *   (https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/delete/).
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { enterByHand } from '../issuer-steps.js';
import { field, requestIdOf, type ApiAnswer } from './api.js';
import { ProviderIssuer } from './base.js';

const API = 'https://api.cloudflare.com/client/v4';

export class CloudflareIssuer extends ProviderIssuer {
  readonly issueOnce =
    'rolling invalidates the old value at once; rolling again would invalidate the value that was lost';

  private verifyToken(token: string): Promise<ApiAnswer> {
    return this.api.call({
      method: 'GET',
      url: `${this.base(API)}/user/tokens/verify`,
      what: 'GET /user/tokens/verify',
      headers: { authorization: `Bearer ${token}` },
    });
  }

  /** The operator's token for managing tokens, else the leaked one (it may hold API Tokens Write). */
  private manager(ctx: UnitContext): string {
    const op = process.env.CLOUDFLARE_API_TOKEN;
    return op && op !== ctx.oldParts.value ? op : this.old(ctx);
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.tokenId === 'string' || ctx.state.oldDead) return {};
    const a = await this.verifyToken(this.old(ctx));
    if (a.status === 401 || a.status === 403) return this.dead(ctx, `GET /user/tokens/verify answered ${a.status}`);
    if (a.status !== 200)
      throw this.api.fail(a, 'GET /user/tokens/verify with the leaked token', '', 'errors.0.message');
    const id = field(a.body, 'result.id') ?? '';
    return {
      ...this.owner(ctx, `token ${id}`, { tokenId: id }, [`status: ${field(a.body, 'result.status') ?? '?'}`]),
      requestIds: requestIdOf(a),
    };
  }

  async issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    if (ctx.state.oldDead) return enterByHand(ctx, this.human!.issue!, this);
    const id = String(ctx.state.tokenId ?? '');
    const a = await this.api.call({
      method: 'PUT',
      url: `${this.base(API)}/user/tokens/${encodeURIComponent(id)}/value`,
      what: 'PUT /user/tokens/{token_id}/value',
      headers: { authorization: `Bearer ${this.manager(ctx)}` },
      json: {},
    });
    if (a.status === 403)
      throw this.api.fail(
        a,
        'PUT /user/tokens/{token_id}/value',
        'rolling needs API Tokens Write: set CLOUDFLARE_API_TOKEN to a token that has it',
        'errors.0.message',
      );
    if (a.status !== 200) throw this.api.fail(a, 'PUT /user/tokens/{token_id}/value', '', 'errors.0.message');
    const value =
      typeof (a.body as { result?: unknown }).result === 'string' ? (a.body as { result: string }).result : undefined;
    if (!value) throw new UserError('cloudflare: the roll returned no token value');
    secrets.add(value);
    return {
      parts: { value },
      ids: { oldDeleted: true },
      note: 'rolled; the old value is invalid',
      requestIds: requestIdOf(a),
    };
  }

  async admit(ctx: UnitContext, parts: Parts): Promise<StepResult> {
    const a = await this.verifyToken(parts.value!);
    if (a.status !== 200)
      throw new UserError(`cloudflare: the new token is rejected (HTTP ${a.status}); paste a live token`);
    return { note: 'new token entered by operator; live', ids: { newTokenId: field(a.body, 'result.id') ?? '' } };
  }

  async verify(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.verifyToken(parts.value!);
    if (a.status === 401 || a.status === 403)
      return { ok: false, note: `GET /user/tokens/verify answered ${a.status}` };
    if (a.status !== 200) throw this.api.fail(a, 'GET /user/tokens/verify with the new token', '', 'errors.0.message');
    if (field(a.body, 'result.status') !== 'active')
      return { ok: false, note: `status ${field(a.body, 'result.status') ?? '?'}` };
    return { ok: true, note: `live (token ${field(a.body, 'result.id') ?? '?'})`, requestIds: requestIdOf(a) };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    if (ctx.state.oldDeleted) return { note: 'the roll invalidated the old value' };
    const id = String(ctx.state.tokenId ?? '');
    if (!id) return { note: 'nothing to delete: the leaked token was already dead' };
    const a = await this.api.call({
      method: 'DELETE',
      url: `${this.base(API)}/user/tokens/${encodeURIComponent(id)}`,
      what: 'DELETE /user/tokens/{token_id}',
      headers: { authorization: `Bearer ${this.manager(ctx)}` },
    });
    if (a.status === 200) return { note: 'deleted', requestIds: requestIdOf(a) };
    if (a.status === 404) return { note: 'already deleted' };
    throw this.api.fail(a, 'DELETE /user/tokens/{token_id}', '', 'errors.0.message');
  }
}
