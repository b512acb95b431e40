/**
 * GitLab personal (and project, group) access tokens, on gitlab.com or a self-managed instance
 * (`issuer.url`, its host listed in TOKGUARD_ISSUER_HOSTS).
 * - Who owns it: GET /api/v4/personal_access_tokens/self
 *   (https://docs.gitlab.com/api/personal_access_tokens/#get-details-on-a-personal-access-token).
 * - Reissue: POST /api/v4/personal_access_tokens/self/rotate with the old token (scope `api` or
 *   `self_rotate`) returns a new token once and revokes the old one at once
 *   (https://docs.gitlab.com/api/personal_access_tokens/#rotate-a-personal-access-token).
 *   Calling it again with the old token revokes the new one (token family reuse detection), so
 *   the executor records the intent first, stores the new token as soon as it arrives, and never
 *   repeats the call: a token lost in a crash is replaced by hand (issueOnce).
 * - Revoke (when the rotation went by hand): DELETE /api/v4/personal_access_tokens/self
 *   (https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token).
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { enterByHand } from '../issuer-steps.js';
import { field, requestIdOf, type ApiAnswer } from './api.js';
import { ProviderIssuer } from './base.js';

const API = 'https://gitlab.com';
const SELF = '/api/v4/personal_access_tokens/self';

export class GitLabIssuer extends ProviderIssuer {
  readonly issueOnce =
    'GitLab revokes the old token when it rotates it, and a second rotate call with the old token would revoke the new one';

  protected override manualIssue(): string {
    return `create a token with the same scopes at ${this.base(API)}/-/user_settings/personal_access_tokens`;
  }

  private self(token: string): Promise<ApiAnswer> {
    return this.api.call({
      method: 'GET',
      url: `${this.base(API)}${SELF}`,
      what: `GET ${SELF}`,
      headers: { 'private-token': token },
    });
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldTokenId === 'number' || ctx.state.oldDead) return {};
    const a = await this.self(this.old(ctx));
    if (a.status === 401)
      return { ...this.dead(ctx, `GET ${SELF} answered 401`), ids: { oldDead: true, selfRotate: false } };
    if (a.status !== 200) throw this.api.fail(a, `GET ${SELF} with the leaked token`, '', 'message');
    const scopes = Array.isArray((a.body as { scopes?: unknown }).scopes)
      ? (a.body as { scopes: unknown[] }).scopes.map(String)
      : [];
    const selfRotate = scopes.includes('api') || scopes.includes('self_rotate');
    const name = field(a.body, 'name') ?? '';
    const userId = Number((a.body as { user_id?: unknown }).user_id ?? 0);
    const r = this.owner(
      ctx,
      `user ${userId} (token "${name}")`,
      {
        oldTokenId: Number((a.body as { id?: unknown }).id ?? 0),
        oldUserId: userId,
        oldName: name,
        selfRotate,
      },
      [
        `scopes: ${scopes.join(', ') || '(none)'}`,
        selfRotate
          ? `rotate: ${SELF}/rotate with the leaked token revokes it and returns the new one`
          : 'rotate: the token has neither the api nor the self_rotate scope, so GitLab will not rotate it: the new token comes by hand',
      ],
    );
    return { ...r, requestIds: requestIdOf(a) };
  }

  async issue(ctx: UnitContext): Promise<StepResult & { parts: Parts }> {
    if (!ctx.state.selfRotate) {
      const why = ctx.state.oldDead
        ? 'the leaked token is already revoked'
        : 'the token may not rotate itself (no api or self_rotate scope)';
      ctx.log(`gitlab: ${why}; the new token comes by hand.`);
      return enterByHand(ctx, this.human!.issue!, this);
    }
    const a = await this.api.call({
      method: 'POST',
      url: `${this.base(API)}${SELF}/rotate`,
      what: `POST ${SELF}/rotate`,
      headers: { 'private-token': this.old(ctx) },
    });
    if (a.status === 401)
      throw new UserError(
        `gitlab: POST ${SELF}/rotate answered 401: the leaked token was revoked or rotated meanwhile; create a new token by hand and resume (the call is not repeated)`,
      );
    if (a.status === 403)
      throw this.api.fail(a, `POST ${SELF}/rotate`, 'the token lacks the api or self_rotate scope', 'message');
    if (a.status !== 200) throw this.api.fail(a, `POST ${SELF}/rotate`, '', 'message');
    const token = field(a.body, 'token');
    if (!token) throw new UserError(`gitlab: POST ${SELF}/rotate returned no token`);
    secrets.add(token);
    return {
      parts: { value: token },
      ids: { newTokenId: Number((a.body as { id?: unknown }).id ?? 0), oldDeleted: true },
      note: `rotated; GitLab revoked the old token${field(a.body, 'expires_at') ? `; the new one expires ${field(a.body, 'expires_at')}` : ''}`,
      requestIds: requestIdOf(a),
    };
  }

  async admit(ctx: UnitContext, parts: Parts): Promise<StepResult> {
    const a = await this.self(parts.value!);
    if (a.status === 401)
      throw new UserError(`gitlab: the new token is rejected (GET ${SELF} answered 401); paste a live token`);
    if (a.status !== 200) throw this.api.fail(a, `GET ${SELF} with the new token`, '', 'message');
    const want = ctx.state.oldUserId;
    const got = Number((a.body as { user_id?: unknown }).user_id ?? 0);
    if (typeof want === 'number' && want !== 0 && got !== want)
      throw new UserError(
        `gitlab: the new token belongs to user ${got}, not ${want} who owned the leaked one; paste a token of the same user`,
      );
    return {
      note: `new token entered by operator; live for user ${got}`,
      ids: { newTokenId: Number((a.body as { id?: unknown }).id ?? 0) },
      requestIds: requestIdOf(a),
    };
  }

  async verify(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.self(parts.value!);
    if (a.status === 401) return { ok: false, note: `GET ${SELF} answered 401` };
    if (a.status !== 200) throw this.api.fail(a, `GET ${SELF} with the new token`, '', 'message');
    if ((a.body as { active?: unknown }).active === false) return { ok: false, note: 'the new token is not active' };
    const want = ctx.state.oldUserId;
    const got = Number((a.body as { user_id?: unknown }).user_id ?? 0);
    if (typeof want === 'number' && want !== 0 && got !== want)
      return { ok: false, note: `the new token is user ${got}'s, not ${want}'s` };
    return { ok: true, note: `live for user ${got}`, requestIds: requestIdOf(a) };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    if (ctx.state.oldDeleted) return { note: 'GitLab revoked it when it was rotated' };
    const a = await this.api.call({
      method: 'DELETE',
      url: `${this.base(API)}${SELF}`,
      what: `DELETE ${SELF}`,
      headers: { 'private-token': this.old(ctx) },
    });
    if (a.status === 204 || a.status === 200) return { note: 'revoked', requestIds: requestIdOf(a) };
    if (a.status === 401) return { note: 'already revoked' };
    throw this.api.fail(a, `DELETE ${SELF}`, '', 'message');
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    ctx.log(
      `Manual step: revoke the new GitLab token at ${this.base(API)}/-/user_settings/personal_access_tokens if you no longer want it.`,
    );
    return { note: 'the new token is the operator’s to revoke' };
  }
}
