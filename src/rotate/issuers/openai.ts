/**
 * OpenAI organization admin keys (`sk-admin-…`).
 * - Which key: GET /v1/organization/admin_api_keys lists ids, names and redacted values; the
 *   leaked key is the one whose redacted value it fits
 *   (https://platform.openai.com/docs/api-reference/admin-api-keys/list).
 * - Reissue: POST /v1/organization/admin_api_keys {name}; the value is in the answer, once
 *   (https://platform.openai.com/docs/api-reference/admin-api-keys/create).
 * - Revoke: DELETE /v1/organization/admin_api_keys/{key_id}
 *   (https://platform.openai.com/docs/api-reference/admin-api-keys/delete).
 * Calls go with OPENAI_ADMIN_KEY from the operator's environment when it is another key, else
 * with the leaked key itself (admin keys manage admin keys).
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { field, requestIdOf } from './api.js';
import { ManagedKeyIssuer, type KeyRef } from './managed-keys.js';

const API = 'https://api.openai.com/v1/organization/admin_api_keys';

/** Whether `key` fits a redacted value such as `sk-admin-ab…yz` or `sk-admin-ab****yz`. */
export function fitsRedacted(key: string, redacted: string): boolean {
  const [head, tail] = redacted.split(/\*+|\.{3}|…/, 2);
  if (head === undefined || tail === undefined || head.length < 4) return false;
  return key.startsWith(head) && key.endsWith(tail) && key.length > head.length + tail.length;
}

export class OpenAiAdminIssuer extends ManagedKeyIssuer {
  private auth(ctx: UnitContext): Record<string, string> {
    const op = process.env.OPENAI_ADMIN_KEY;
    return { authorization: `Bearer ${op && op !== ctx.oldParts.value ? op : this.old(ctx)}` };
  }

  private async keys(ctx: UnitContext): Promise<(KeyRef & { redacted: string })[]> {
    const a = await this.api.call({
      method: 'GET',
      url: `${this.base(API)}?limit=100`,
      what: 'GET /v1/organization/admin_api_keys',
      headers: this.auth(ctx),
    });
    if (a.status === 401)
      throw Object.assign(this.api.fail(a, 'GET /v1/organization/admin_api_keys', '', 'error.code'), { dead: true });
    if (a.status !== 200) throw this.api.fail(a, 'GET /v1/organization/admin_api_keys', '', 'error.code');
    const rows = (a.body as { data?: { id?: unknown; name?: unknown; redacted_value?: unknown }[] }).data ?? [];
    return rows.map((r) => ({
      id: String(r.id ?? ''),
      name: String(r.name ?? ''),
      redacted: String(r.redacted_value ?? ''),
    }));
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldKeyId === 'string' || ctx.state.oldDead) return {};
    const old = this.old(ctx);
    let keys;
    try {
      keys = await this.keys(ctx);
    } catch (err) {
      if ((err as { dead?: boolean }).dead && !process.env.OPENAI_ADMIN_KEY)
        return { ...this.dead(ctx, 'the admin key list answered 401'), ids: { oldDead: true, oldKeyId: '' } };
      throw err;
    }
    const mine = keys.filter((k) => fitsRedacted(old, k.redacted));
    if (mine.length !== 1)
      throw new UserError(
        `openai-admin: ${mine.length ? `${mine.length} admin keys fit` : 'no admin key of the organization fits'} the leaked key's redacted value; delete it by hand at https://platform.openai.com/settings/organization/admin-keys`,
      );
    return this.owner(ctx, `admin key "${mine[0]!.name}" (${mine[0]!.id})`, {
      oldKeyId: mine[0]!.id,
      oldName: mine[0]!.name,
    });
  }

  protected async list(ctx: UnitContext): Promise<KeyRef[]> {
    return this.keys(ctx);
  }

  protected async remove(ctx: UnitContext, id: string): Promise<StepResult> {
    const a = await this.api.call({
      method: 'DELETE',
      url: `${this.base(API)}/${encodeURIComponent(id)}`,
      what: 'DELETE /v1/organization/admin_api_keys/{key_id}',
      headers: this.auth(ctx),
    });
    if (a.status === 200 || a.status === 204) return { note: `deleted admin key ${id}`, requestIds: requestIdOf(a) };
    if (a.status === 404) return { note: `admin key ${id} already deleted` };
    throw this.api.fail(a, 'DELETE /v1/organization/admin_api_keys/{key_id}', '', 'error.code');
  }

  protected async create(ctx: UnitContext, name: string): Promise<StepResult & { parts: Parts; id: string }> {
    const a = await this.api.call({
      method: 'POST',
      url: this.base(API),
      what: 'POST /v1/organization/admin_api_keys',
      headers: this.auth(ctx),
      json: { name },
    });
    if (a.status !== 200 && a.status !== 201)
      throw this.api.fail(a, 'POST /v1/organization/admin_api_keys', '', 'error.code');
    const value = field(a.body, 'value');
    const id = field(a.body, 'id');
    if (!value || !id) throw new UserError('openai-admin: the new admin key was not in the answer');
    secrets.add(value);
    return { parts: { value }, id, requestIds: requestIdOf(a) };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.api.call({
      method: 'GET',
      url: `${this.base(API)}?limit=1`,
      what: 'GET /v1/organization/admin_api_keys',
      headers: { authorization: `Bearer ${parts.value!}` },
    });
    if (a.status === 401 || a.status === 403) return { ok: false, note: `answered ${a.status}` };
    if (a.status !== 200)
      throw this.api.fail(a, 'GET /v1/organization/admin_api_keys with the new key', '', 'error.code');
    return { ok: true, note: 'live', requestIds: requestIdOf(a) };
  }
}
