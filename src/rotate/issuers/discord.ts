/**
 * Discord webhook URLs: the URL carries the webhook's id and token, and is its own credential.
 * - Which webhook: GET /api/v10/webhooks/{id}/{token} names its channel and guild
 *   (https://discord.com/developers/docs/resources/webhook#get-webhook-with-token).
 * - Revoke: DELETE /api/v10/webhooks/{id}/{token}, no other auth; 204
 *   (https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token).
 * - Reissue: by hand (a new webhook in the channel); it must post to the same channel.
 */
import { UserError } from '../../errors.js';
import type { Parts, StepResult, UnitContext } from '../types.js';
import { field, requestIdOf, type ApiAnswer } from './api.js';
import { ProviderIssuer } from './base.js';

const WEBHOOK =
  /^https:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/([0-9]{17,20})\/([A-Za-z0-9_-]{60,68})$/;

export class DiscordWebhookIssuer extends ProviderIssuer {
  private hook(url: string, method: 'GET' | 'DELETE'): Promise<ApiAnswer> {
    const m = WEBHOOK.exec(url);
    if (!m) throw new UserError('discord-webhook: the value is not a Discord webhook URL');
    return this.api.call({
      method,
      url: `https://discord.com/api/v10/webhooks/${m[1]}/${m[2]}`,
      what: `${method} /api/v10/webhooks/{webhook.id}/{webhook.token}`,
    });
  }

  async preflight(ctx: UnitContext): Promise<StepResult> {
    if (typeof ctx.state.oldChannel === 'string' || ctx.state.oldDead) return {};
    const a = await this.hook(this.old(ctx), 'GET');
    if (a.status === 401 || a.status === 404) return this.dead(ctx, `the webhook answered ${a.status}`);
    if (a.status !== 200) throw this.api.fail(a, 'GET /api/v10/webhooks/{webhook.id}/{webhook.token}', '', 'code');
    const name = field(a.body, 'name') ?? '';
    const channel = field(a.body, 'channel_id') ?? '';
    return {
      ...this.owner(ctx, `webhook "${name}" in channel ${channel}`, { oldChannel: channel }),
      requestIds: requestIdOf(a),
    };
  }

  async admit(ctx: UnitContext, parts: Parts): Promise<StepResult> {
    const a = await this.hook(parts.value!, 'GET');
    if (a.status !== 200)
      throw new UserError(`discord-webhook: the new webhook is rejected (HTTP ${a.status}); paste a live webhook URL`);
    this.sameOwner(ctx, 'oldChannel', field(a.body, 'channel_id'), 'channel');
    return { note: 'new webhook entered by operator; live in the same channel' };
  }

  async verify(_ctx: UnitContext, parts: Parts): Promise<StepResult & { ok: boolean | undefined }> {
    const a = await this.hook(parts.value!, 'GET');
    if (a.status === 401 || a.status === 404) return { ok: false, note: `the webhook answered ${a.status}` };
    if (a.status !== 200) throw this.api.fail(a, 'GET /api/v10/webhooks/{webhook.id}/{webhook.token}', '', 'code');
    return { ok: true, note: 'live', requestIds: requestIdOf(a) };
  }

  async deleteOld(ctx: UnitContext): Promise<StepResult> {
    const a = await this.hook(this.old(ctx), 'DELETE');
    if (a.status === 204 || a.status === 200) return { note: 'deleted', requestIds: requestIdOf(a) };
    if (a.status === 404 || a.status === 401) return { note: 'already deleted' };
    throw this.api.fail(a, 'DELETE /api/v10/webhooks/{webhook.id}/{webhook.token}', '', 'code');
  }

  async revokeNew(ctx: UnitContext): Promise<StepResult> {
    ctx.log('Manual step: delete the new Discord webhook in the channel settings if you no longer want it.');
    return { note: 'the new webhook is the operator’s to delete' };
  }
}
