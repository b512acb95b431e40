/**
 * GitHub personal access tokens (classic and fine-grained), OAuth and user-to-server tokens.
 * - Who owns it: GET /user (https://docs.github.com/en/rest/users/users#get-the-authenticated-user).
 * - Revoke: POST /credentials/revoke with {"credentials": [...]}, unauthenticated (an
 *   authenticated call gets 403), up to 1,000 tokens a request and 60 requests an hour; 202.
 *   GitHub notifies the owner (https://docs.github.com/en/rest/credentials/revoke).
 * - Reissue: no API creates a PAT. The operator pastes a new one; it must be live and the same
 *   login before it is stored.
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { field, requestIdOf, type ApiAnswer } from './api.js';
import { ProviderIssuer } from './base.js';

const API = 'https://api.github.com';
const HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

export class GitHubIssuer extends ProviderIssuer {
  private user(token: string): Promise<ApiAnswer> {
    return this.api.call({
      method: 'GET',
      url: `${this.base(API)}/user`,
      what: 'GET /user',
      headers: { ...HEADERS, authorization: `Bearer ${token}` },
    });
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldLogin === 'string' || ctx.state.oldDead) return {};
    const a = await this.user(this.old(ctx));
    if (a.status === 401) return this.dead(ctx, 'GET /user answered 401');
    if (a.status !== 200) throw this.api.fail(a, 'GET /user with the leaked token', '', 'message');
    const login = field(a.body, 'login') ?? '';
    const scopes = a.headers['x-oauth-scopes'];
    return this.owner(ctx, login, { oldLogin: login }, scopes ? [`scopes: ${scopes}`] : []);
  }

  async admit(ctx: UnitContext, parts: Parts): Promise<StepResult> {
    const a = await this.user(parts.value!);
    if (a.status === 401)
      throw new UserError('github: the new token is rejected (GET /user answered 401); paste a live token');
    if (a.status !== 200) throw this.api.fail(a, 'GET /user with the new token', '', 'message');
    const login = field(a.body, 'login');
    this.sameOwner(ctx, 'oldLogin', login, 'login');
    return { note: `new token entered by operator; live as ${login ?? '?'}`, requestIds: requestIdOf(a) };
  }

  async verify(ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.user(parts.value!);
    if (a.status === 401) return { ok: false, note: 'GET /user answered 401' };
    if (a.status !== 200) throw this.api.fail(a, 'GET /user with the new token', '', 'message');
    this.sameOwner(ctx, 'oldLogin', field(a.body, 'login'), 'login');
    return { ok: true, note: `live as ${field(a.body, 'login') ?? '?'}`, requestIds: requestIdOf(a) };
  }

  /** Revoking a token GitHub already revoked answers 202 as well: the step is idempotent. */
  private async revoke(tokens: string[], label: string): Promise<StepResult> {
    const a = await this.api.call({
      method: 'POST',
      url: `${this.base(API)}/credentials/revoke`,
      what: 'POST /credentials/revoke',
      headers: HEADERS,
      json: { credentials: tokens.slice(0, 1000) },
    });
    if (a.status === 202)
      return { note: `${label} submitted for revocation (202); GitHub notifies its owner`, requestIds: requestIdOf(a) };
    if (a.status === 422)
      throw this.api.fail(
        a,
        'POST /credentials/revoke',
        'validation failed or the endpoint is throttled (60 requests an hour); resume later',
        'message',
      );
    throw this.api.fail(a, 'POST /credentials/revoke', '', 'message');
  }

  deleteOld(ctx: UnitContext): Promise<StepResult> {
    return this.revoke([this.old(ctx)], 'the old token');
  }

  /** All the leaked tokens of a rotation, 1,000 a request: a big leak stays within 60 requests an hour. */
  async revokeMany(ctxs: UnitContext[]): Promise<StepResult> {
    const tokens = ctxs.map((c) => this.old(c));
    const requestIds: string[] = [];
    for (let i = 0; i < tokens.length; i += 1000) {
      const r = await this.revoke(tokens.slice(i, i + 1000), `${Math.min(1000, tokens.length - i)} tokens`);
      requestIds.push(...(r.requestIds ?? []));
    }
    return {
      note: `${tokens.length} tokens submitted for revocation in ${Math.ceil(tokens.length / 1000)} request(s)`,
      requestIds,
    };
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    // The new token was pasted by the operator and never journaled: only they can name it.
    ctx.log('Manual step: delete the new GitHub token at https://github.com/settings/tokens if you no longer want it.');
    return { note: 'the new token is the operator’s to delete' };
  }
}
