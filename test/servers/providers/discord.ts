/**
 * Discord, from https://discord.com/developers/docs/resources/user#get-current-user and
 * https://discord.com/developers/docs/resources/webhook#get-webhook-with-token: a bot token as
 * `Authorization: Bot`; a webhook read by its id and token in the path; 401 for a bad token.
 * https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token: DELETE with the
 * id and token in the path deletes the webhook (204).
 */
import { json, provider, route } from '../provider-fake.js';

const unauthorized = json(401, { message: '401: Unauthorized', code: 0 });

export const discord = provider('discord', 'discord.com', 'https://discord.com/developers/docs/reference', [
  route(
    'GET /api/v10/users/@me',
    (req) => /^Bot (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1],
    (a) => json(200, { id: '80351110224678912', username: a.username ?? 'acme-bot', bot: true }),
    unauthorized,
  ),
  route(
    'GET /api/v10/webhooks/{id}/{token}',
    (req) => `/webhooks/${req.params.id}/${req.params.token}`,
    (a) =>
      json(200, { id: '223704706495545344', type: 1, name: a.name ?? 'deploys', channel_id: '199737254929760256' }),
    json(401, { message: 'Invalid Webhook Token', code: 50027 }),
  ),
  route(
    'DELETE /api/v10/webhooks/{id}/{token}',
    (req) => `/webhooks/${req.params.id}/${req.params.token}`,
    (_a, req, fake) => {
      fake.revoke(`/webhooks/${req.params.id}/${req.params.token}`);
      return { status: 204, text: '' };
    },
    json(404, { message: 'Unknown Webhook', code: 10015 }),
  ),
]);
