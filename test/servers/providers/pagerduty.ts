/**
 * PagerDuty REST API v2, from https://developer.pagerduty.com/docs/authentication: the key as
 * `Authorization: Token token=…`; 401 for a bad key.
 */
import { json, provider, route } from '../provider-fake.js';

export const pagerduty = provider('pagerduty', 'api.pagerduty.com', 'https://developer.pagerduty.com/api-reference/', [
  route(
    'GET /abilities',
    (req) => /^Token token=(.+)$/.exec(String(req.headers.authorization ?? ''))?.[1],
    (a) => json(200, { abilities: a.abilities ?? ['teams', 'read_only_users', 'urgencies'] }),
    json(401, { error: { message: 'Unauthorized', code: 2006 } }),
  ),
]);
