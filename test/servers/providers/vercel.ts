/**
 * Vercel, from https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user:
 * `Authorization: Bearer`; 403 `forbidden` ("Not authorized") for a bad token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const vercel = provider('vercel', 'api.vercel.com', 'https://vercel.com/docs/rest-api', [
  route(
    'GET /v2/user',
    bearer,
    (a) =>
      json(200, {
        user: { id: 'AEIIDYVk59zbFF2Sxfyxxmua', username: a.username ?? 'acme-dev', email: 'dev@acme.dev' },
      }),
    json(403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } }),
  ),
]);
