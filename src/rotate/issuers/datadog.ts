/**
 * Datadog API keys. Key management needs an application key: DD_APP_KEY from the operator's
 * environment (and DD_API_KEY, else the leaked key, as the API key of those calls). `issuer.url`
 * picks the site (https://api.datadoghq.eu, …; default US1).
 * - Which key: GET /api/v2/api_keys lists ids, names and each key's last four characters
 *   (https://docs.datadoghq.com/api/latest/key-management/#get-all-api-keys).
 * - Reissue: POST /api/v2/api_keys; the key is in the answer
 *   (https://docs.datadoghq.com/api/latest/key-management/#create-an-api-key).
 * - Revoke: DELETE /api/v2/api_keys/{api_key_id}
 *   (https://docs.datadoghq.com/api/latest/key-management/#delete-an-api-key).
 * - Verify: GET /api/v1/validate (https://docs.datadoghq.com/api/latest/authentication/#validate-api-key).
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { secrets } from '../types.js';
import { field, requestIdOf } from './api.js';
import { ManagedKeyIssuer, type KeyRef } from './managed-keys.js';

const API = 'https://api.datadoghq.com';

interface Row {
  id?: unknown;
  attributes?: { name?: unknown; last4?: unknown };
}

export class DatadogIssuer extends ManagedKeyIssuer {
  private auth(ctx: UnitContext): Record<string, string> {
    const app = process.env.DD_APP_KEY;
    if (!app)
      throw new UserError(
        'datadog: managing API keys needs an application key with api_keys_read and api_keys_write; set DD_APP_KEY in your environment',
      );
    const op = process.env.DD_API_KEY;
    return { 'dd-api-key': op && op !== ctx.oldParts.value ? op : this.old(ctx), 'dd-application-key': app };
  }

  private async rows(ctx: UnitContext): Promise<(KeyRef & { last4: string })[]> {
    const a = await this.api.call({
      method: 'GET',
      url: `${this.base(API)}/api/v2/api_keys?page%5Bsize%5D=100`,
      what: 'GET /api/v2/api_keys',
      headers: this.auth(ctx),
    });
    if (a.status !== 200)
      throw this.api.fail(
        a,
        'GET /api/v2/api_keys',
        a.status === 403 ? 'the application key needs api_keys_read' : '',
        'errors.0',
      );
    const data = (a.body as { data?: Row[] }).data ?? [];
    return data.map((r) => ({
      id: String(r.id ?? ''),
      name: String(r.attributes?.name ?? ''),
      last4: String(r.attributes?.last4 ?? ''),
    }));
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldKeyId === 'string' || ctx.state.oldDead) return {};
    const old = this.old(ctx);
    const mine = (await this.rows(ctx)).filter((r) => r.last4 === old.slice(-4));
    if (mine.length === 0)
      return {
        ...this.dead(ctx, 'no API key of the organization ends in its last four characters'),
        ids: { oldDead: true, oldKeyId: '' },
      };
    if (mine.length > 1)
      throw new UserError(
        `datadog: ${mine.length} API keys end in …${old.slice(-4)}; delete the leaked one by hand in Organization Settings → API Keys`,
      );
    return this.owner(ctx, `API key "${mine[0]!.name}" (${mine[0]!.id})`, {
      oldKeyId: mine[0]!.id,
      oldName: mine[0]!.name,
    });
  }

  protected list(ctx: UnitContext): Promise<KeyRef[]> {
    return this.rows(ctx);
  }

  protected async remove(ctx: UnitContext, id: string): Promise<StepResult> {
    const a = await this.api.call({
      method: 'DELETE',
      url: `${this.base(API)}/api/v2/api_keys/${encodeURIComponent(id)}`,
      what: 'DELETE /api/v2/api_keys/{api_key_id}',
      headers: this.auth(ctx),
    });
    if (a.status === 204 || a.status === 200) return { note: `deleted API key ${id}`, requestIds: requestIdOf(a) };
    if (a.status === 404) return { note: `API key ${id} already deleted` };
    throw this.api.fail(a, 'DELETE /api/v2/api_keys/{api_key_id}', '', 'errors.0');
  }

  protected async create(ctx: UnitContext, name: string): Promise<StepResult & { parts: Parts; id: string }> {
    const a = await this.api.call({
      method: 'POST',
      url: `${this.base(API)}/api/v2/api_keys`,
      what: 'POST /api/v2/api_keys',
      headers: this.auth(ctx),
      json: { data: { type: 'api_keys', attributes: { name } } },
    });
    if (a.status !== 201 && a.status !== 200) throw this.api.fail(a, 'POST /api/v2/api_keys', '', 'errors.0');
    const key = field(a.body, 'data.attributes.key');
    const id = field(a.body, 'data.id');
    if (!key || !id) throw new UserError('datadog: POST /api/v2/api_keys returned no key');
    secrets.add(key);
    return { parts: { value: key }, id, requestIds: requestIdOf(a) };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.api.call({
      method: 'GET',
      url: `${this.base(API)}/api/v1/validate`,
      what: 'GET /api/v1/validate',
      headers: { 'dd-api-key': parts.value! },
    });
    if (a.status === 403 || a.status === 401) return { ok: false, note: `GET /api/v1/validate answered ${a.status}` };
    if (a.status !== 200) throw this.api.fail(a, 'GET /api/v1/validate with the new key');
    return { ok: (a.body as { valid?: unknown }).valid === true, note: 'validated', requestIds: requestIdOf(a) };
  }
}
