/**
 * Cloudflare API v4, from
 * https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/ and
 * https://developers.cloudflare.com/api/resources/user/methods/get/: API tokens as
 * `Authorization: Bearer`, the Global API Key as X-Auth-Email + X-Auth-Key; errors in `errors[]`.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

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
