/**
 * Telegram Bot API, from https://core.telegram.org/bots/api#making-requests: the token in the
 * path (/bot<token>/getMe); `ok: false` with error_code 401 for a bad token.
 */
import { json, provider, route } from '../provider-fake.js';

export const telegram = provider('telegram', 'api.telegram.org', 'https://core.telegram.org/bots/api', [
  route(
    'GET /bot{token}/getMe',
    (req) => decodeURIComponent(req.params.token ?? ''),
    (a) =>
      json(200, {
        ok: true,
        result: { id: 123456789, is_bot: true, first_name: 'Acme', username: a.username ?? 'acme_bot' },
      }),
    json(401, { ok: false, error_code: 401, description: 'Unauthorized' }),
  ),
]);
