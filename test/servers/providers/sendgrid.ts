/**
 * SendGrid v3, from https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/
 * retrieve-a-list-of-scopes-for-which-this-user-has-access and the API keys reference
 * (https://www.twilio.com/docs/sendgrid/api-reference/api-keys): `Authorization: Bearer`; 401
 * for a bad key, 403 for a key without the api_keys scopes. Keys are `SG.<api_key_id>.<secret>`;
 * GET /v3/api_keys lists ids and names, GET /v3/api_keys/{id} one key with its scopes, POST
 * /v3/api_keys creates one (201, the key in `api_key`, once), DELETE /v3/api_keys/{id} deletes
 * it (204) or answers 404.
 */
import { bearer, json, provider, randomToken, route, type Account, type ProviderFake } from '../provider-fake.js';

const unauthorized = json(401, { errors: [{ field: null, message: 'authorization required' }] });
const forbidden = json(403, { errors: [{ field: null, message: 'access forbidden' }] });
const idOf = (key: string): string => key.split('.')[1] ?? '';
const keys = (fake: ProviderFake): [string, Account][] => fake.live().filter(([k]) => k.startsWith('SG.'));
const canManage = (a: Account): boolean => a.manage !== false;

export const sendgrid = provider('sendgrid', 'api.sendgrid.com', 'https://www.twilio.com/docs/sendgrid/api-reference', [
  route('GET /v3/scopes', bearer, (a) => json(200, { scopes: a.scopes ?? ['mail.send', 'alerts.read'] }), unauthorized),
  route(
    'GET /v3/api_keys',
    bearer,
    (a, _req, fake) =>
      canManage(a)
        ? json(200, { result: keys(fake).map(([k, acc]) => ({ api_key_id: idOf(k), name: acc.name ?? 'key' })) })
        : forbidden,
    unauthorized,
  ),
  route(
    'GET /v3/api_keys/{id}',
    bearer,
    (a, req, fake) => {
      if (!canManage(a)) return forbidden;
      const hit = keys(fake).find(([k]) => idOf(k) === req.params.id);
      if (!hit) return json(404, { errors: [{ field: null, message: 'unable to find API key' }] });
      return json(200, {
        api_key_id: req.params.id,
        name: hit[1].name ?? 'key',
        scopes: hit[1].scopes ?? ['mail.send'],
      });
    },
    unauthorized,
  ),
  route(
    'POST /v3/api_keys',
    bearer,
    (a, req, fake) => {
      if (!canManage(a)) return forbidden;
      const body = req.json as { name?: unknown; scopes?: unknown } | undefined;
      if (typeof body?.name !== 'string')
        return json(400, { errors: [{ field: 'name', message: 'missing required argument' }] });
      const id = randomToken(22);
      const key = `SG.${id}.${randomToken(43)}`;
      fake.accept(key, { name: body.name, scopes: Array.isArray(body.scopes) ? body.scopes : ['mail.send'] });
      return json(201, { api_key: key, api_key_id: id, name: body.name, scopes: body.scopes ?? ['mail.send'] });
    },
    unauthorized,
  ),
  route(
    'DELETE /v3/api_keys/{id}',
    bearer,
    (a, req, fake) => {
      if (!canManage(a)) return forbidden;
      const hit = keys(fake).find(([k]) => idOf(k) === req.params.id);
      if (!hit) return json(404, { errors: [{ field: null, message: 'unable to find API key' }] });
      fake.revoke(hit[0]);
      return { status: 204, text: '' };
    },
    unauthorized,
  ),
]);
