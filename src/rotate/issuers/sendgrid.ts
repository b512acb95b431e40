/**
 * SendGrid API keys (`SG.<api_key_id>.<secret>`: the id is the key's middle part).
 * - Which key: GET /v3/api_keys/{api_key_id} gives its name and scopes
 *   (https://www.twilio.com/docs/sendgrid/api-reference/api-keys/retrieve-an-existing-api-key).
 * - Reissue: POST /v3/api_keys with the same scopes; the key is in the answer, once
 *   (https://www.twilio.com/docs/sendgrid/api-reference/api-keys/create-api-keys).
 * - Revoke: DELETE /v3/api_keys/{api_key_id}; 204
 *   (https://www.twilio.com/docs/sendgrid/api-reference/api-keys/delete-api-keys).
 * Managing keys needs the api_keys scopes: SENDGRID_API_KEY from the operator's environment when
 * it is another key, else the leaked key itself.
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { field, requestIdOf } from './api.js';
import { ManagedKeyIssuer, type KeyRef } from './managed-keys.js';

const API = 'https://api.sendgrid.com';

export function sendgridKeyId(key: string): string | undefined {
  return /^SG\.([A-Za-z0-9_-]{22})\./.exec(key)?.[1];
}

export class SendGridIssuer extends ManagedKeyIssuer {
  private auth(ctx: UnitContext, key?: string): Record<string, string> {
    const op = process.env.SENDGRID_API_KEY;
    const use = key ?? (op && op !== ctx.oldParts.value ? op : this.old(ctx));
    return { authorization: `Bearer ${use}` };
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldKeyId === 'string' || ctx.state.oldDead) return {};
    const id = sendgridKeyId(this.old(ctx));
    if (!id) throw new UserError('sendgrid: the leaked value is not an SG.<id>.<secret> API key');
    const a = await this.api.call({
      method: 'GET',
      url: `${this.base(API)}/v3/api_keys/${id}`,
      what: 'GET /v3/api_keys/{api_key_id}',
      headers: this.auth(ctx),
    });
    if (a.status === 404)
      return { ...this.dead(ctx, 'the key no longer exists'), ids: { oldDead: true, oldKeyId: '' } };
    if (a.status === 401)
      return { ...this.dead(ctx, 'GET /v3/api_keys/{api_key_id} answered 401'), ids: { oldDead: true, oldKeyId: '' } };
    if (a.status === 403)
      throw this.api.fail(
        a,
        'GET /v3/api_keys/{api_key_id}',
        'this key may not manage API keys: set SENDGRID_API_KEY to one with the api_keys scopes',
        'errors.0.message',
      );
    if (a.status !== 200) throw this.api.fail(a, 'GET /v3/api_keys/{api_key_id}', '', 'errors.0.message');
    const scopes = Array.isArray((a.body as { scopes?: unknown }).scopes)
      ? (a.body as { scopes: unknown[] }).scopes.map(String)
      : [];
    const name = field(a.body, 'name') ?? '';
    return {
      ...this.owner(ctx, `key "${name}" (${id})`, { oldKeyId: id, oldName: name, oldScopes: scopes.join(' ') }, [
        `scopes: ${scopes.length}`,
      ]),
      requestIds: requestIdOf(a),
    };
  }

  protected async list(ctx: UnitContext): Promise<KeyRef[]> {
    const a = await this.api.call({
      method: 'GET',
      url: `${this.base(API)}/v3/api_keys?limit=100`,
      what: 'GET /v3/api_keys',
      headers: this.auth(ctx),
    });
    if (a.status !== 200) throw this.api.fail(a, 'GET /v3/api_keys', '', 'errors.0.message');
    const rows = (a.body as { result?: { api_key_id?: unknown; name?: unknown }[] }).result ?? [];
    return rows.map((r) => ({ id: String(r.api_key_id ?? ''), name: String(r.name ?? '') }));
  }

  protected async remove(ctx: UnitContext, id: string): Promise<StepResult> {
    const a = await this.api.call({
      method: 'DELETE',
      url: `${this.base(API)}/v3/api_keys/${encodeURIComponent(id)}`,
      what: 'DELETE /v3/api_keys/{api_key_id}',
      headers: this.auth(ctx),
    });
    if (a.status === 204 || a.status === 200) return { note: `deleted key ${id}`, requestIds: requestIdOf(a) };
    if (a.status === 404 || a.status === 401) return { note: `key ${id} already deleted` };
    throw this.api.fail(a, 'DELETE /v3/api_keys/{api_key_id}', '', 'errors.0.message');
  }

  protected async create(ctx: UnitContext, name: string): Promise<StepResult & { parts: Parts; id: string }> {
    const scopes = String(ctx.state.oldScopes ?? '')
      .split(' ')
      .filter(Boolean);
    const a = await this.api.call({
      method: 'POST',
      url: `${this.base(API)}/v3/api_keys`,
      what: 'POST /v3/api_keys',
      headers: this.auth(ctx),
      json: { name, ...(scopes.length ? { scopes } : {}) },
    });
    if (a.status !== 201 && a.status !== 200) throw this.api.fail(a, 'POST /v3/api_keys', '', 'errors.0.message');
    const key = field(a.body, 'api_key');
    const id = field(a.body, 'api_key_id');
    if (!key || !id) throw new UserError('sendgrid: POST /v3/api_keys returned no key');
    secrets.add(key);
    return { parts: { value: key }, id, requestIds: requestIdOf(a) };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.api.call({
      method: 'GET',
      url: `${this.base(API)}/v3/scopes`,
      what: 'GET /v3/scopes',
      headers: { authorization: `Bearer ${parts.value!}` },
    });
    if (a.status === 401 || a.status === 403) return { ok: false, note: `GET /v3/scopes answered ${a.status}` };
    if (a.status !== 200) throw this.api.fail(a, 'GET /v3/scopes with the new key');
    return { ok: true, note: 'live', requestIds: requestIdOf(a) };
  }
}
