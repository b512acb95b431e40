/**
 * Slack bot, user and workspace tokens.
 * - Who owns it: POST /api/auth.test (https://docs.slack.dev/reference/methods/auth.test).
 * - Revoke: POST /api/auth.revoke with the token as `Authorization: Bearer`; the answer says
 *   `{"ok": true, "revoked": true}`; a token already dead answers `ok: false` with
 *   `invalid_auth` or `token_revoked` (https://docs.slack.dev/reference/methods/auth.revoke).
 *   Slack answers HTTP 200 either way.
 * - Reissue: by hand (reinstall the app); the new token must be live for the same team and user.
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { field, requestIdOf, type ApiAnswer } from './api.js';
import { ProviderIssuer } from './base.js';

const API = 'https://slack.com/api';
const GONE = new Set(['invalid_auth', 'token_revoked', 'account_inactive', 'not_authed', 'token_expired']);

export class SlackIssuer extends ProviderIssuer {
  private method(name: string, token: string): Promise<ApiAnswer> {
    return this.api.call({
      method: 'POST',
      url: `${this.base(API)}/${name}`,
      what: `POST /api/${name}`,
      headers: { authorization: `Bearer ${token}` },
    });
  }

  private check(a: ApiAnswer, what: string): { ok: boolean; error?: string } {
    if (a.status !== 200) throw this.api.fail(a, what);
    const ok = (a.body as { ok?: unknown } | undefined)?.ok === true;
    const error = field(a.body, 'error');
    if (!ok && (!error || !GONE.has(error))) throw this.api.fail(a, what, '', 'error');
    return { ok, ...(error ? { error } : {}) };
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldTeamId === 'string' || ctx.state.oldDead) return {};
    const a = await this.method('auth.test', this.old(ctx));
    const r = this.check(a, 'POST /api/auth.test with the leaked token');
    if (!r.ok) return this.dead(ctx, r.error ?? 'rejected');
    const team = field(a.body, 'team') ?? '';
    const user = field(a.body, 'user') ?? '';
    return {
      ...this.owner(ctx, `${team} / ${user}`, {
        oldTeamId: field(a.body, 'team_id') ?? '',
        oldUserId: field(a.body, 'user_id') ?? '',
      }),
      requestIds: requestIdOf(a),
    };
  }

  async admit(ctx: UnitContext, parts: Parts): Promise<StepResult> {
    const a = await this.method('auth.test', parts.value!);
    const r = this.check(a, 'POST /api/auth.test with the new token');
    if (!r.ok) throw new UserError(`slack: the new token is rejected (${r.error ?? 'not ok'}); paste a live token`);
    this.sameOwner(ctx, 'oldTeamId', field(a.body, 'team_id'), 'team');
    this.sameOwner(ctx, 'oldUserId', field(a.body, 'user_id'), 'user');
    return {
      note: `new token entered by operator; live as ${field(a.body, 'team') ?? '?'} / ${field(a.body, 'user') ?? '?'}`,
    };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.method('auth.test', parts.value!);
    const r = this.check(a, 'POST /api/auth.test with the new token');
    return r.ok
      ? { ok: true, note: `live as ${field(a.body, 'user') ?? '?'}`, requestIds: requestIdOf(a) }
      : { ok: false, note: r.error ?? 'rejected' };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    const a = await this.method('auth.revoke', this.old(ctx));
    const r = this.check(a, 'POST /api/auth.revoke');
    if (!r.ok) return { note: `already revoked (${r.error ?? 'rejected'})` };
    return {
      note: (a.body as { revoked?: unknown }).revoked === true ? 'revoked' : 'Slack did not confirm the revocation',
      requestIds: requestIdOf(a),
    };
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    ctx.log(
      'Manual step: revoke the new Slack token (reinstall or rotate it at https://api.slack.com/apps) if you no longer want it.',
    );
    return { note: 'the new token is the operator’s to revoke' };
  }
}
