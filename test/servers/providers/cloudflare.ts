/**
 * Cloudflare API v4, from
 * https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/ and
 * https://developers.cloudflare.com/api/resources/user/methods/get/: API tokens as
 * `Authorization: Bearer`, the Global API Key as X-Auth-Email + X-Auth-Key; errors in `errors[]`.
 * Roll and delete, from .../user/subresources/tokens/subresources/value/methods/update/ and
 * .../user/subresources/tokens/methods/delete/: PUT /user/tokens/{token_id}/value (body {}) with a
 * token that may write API tokens answers the new value in `result` and invalidates the old one;
 * DELETE /user/tokens/{token_id} deletes the token. A token id nobody holds gets 404.
 */
import { bearer, json, provider, randomToken, route, type ProviderFake } from '../provider-fake.js';

const tokenById = (fake: ProviderFake, id: string | undefined): string | undefined =>
  fake.live().find(([, a]) => a.id === id)?.[0];
const notFound = json(404, { success: false, errors: [{ code: 7003, message: 'Could not route' }], result: null });

const invalidToken = json(401, {
  success: false,
  errors: [{ code: 1000, message: 'Invalid API Token' }],
  messages: [],
  result: null,
});

export const cloudflare = provider('cloudflare', 'api.cloudflare.com', 'https://developers.cloudflare.com/api/', [
  route(
    'GET /client/v4/user/tokens/verify',
    bearer,
    (a) =>
      json(200, {
        success: true,
        errors: [],
        messages: [{ code: 10000, message: 'This API Token is valid and active' }],
        result: { id: a.id ?? 'f267e341f3dd4697bd3b9f71dd96247f', status: a.status ?? 'active' },
      }),
    invalidToken,
  ),
  route(
    'PUT /client/v4/user/tokens/{id}/value',
    bearer,
    (a, req, fake) => {
      if (a.canWriteTokens === false)
        return json(403, {
          success: false,
          errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }],
        });
      const old = tokenById(fake, req.params.id);
      if (!old) return notFound;
      const value = randomToken(40);
      const account = fake.live().find(([t]) => t === old)![1];
      fake.revoke(old);
      fake.accept(value, account);
      return json(200, { success: true, errors: [], messages: [], result: value });
    },
    invalidToken,
  ),
  route(
    'DELETE /client/v4/user/tokens/{id}',
    bearer,
    (_a, req, fake) => {
      const t = tokenById(fake, req.params.id);
      if (!t) return notFound;
      fake.revoke(t);
      return json(200, { success: true, errors: [], messages: [], result: { id: req.params.id } });
    },
    invalidToken,
  ),
  route(
    'GET /client/v4/user',
    (req) => {
      const email = req.headers['x-auth-email'];
      const key = req.headers['x-auth-key'];
      return typeof email === 'string' && typeof key === 'string' ? `${email}:${key}` : undefined;
    },
    (a) =>
      json(200, {
        success: true,
        errors: [],
        messages: [],
        result: { id: '7c5dae5552338874e5053f2534d2767a', email: a.email ?? 'ops@acme.dev' },
      }),
    json(403, {
      success: false,
      errors: [{ code: 9103, message: 'Unknown X-Auth-Key or X-Auth-Email' }],
      result: null,
    }),
  ),
]);
