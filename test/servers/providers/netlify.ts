/** Netlify, from https://open-api.netlify.com/#tag/user: `Authorization: Bearer`; 401 for a bad token. */
import { bearer, json, provider, route } from '../provider-fake.js';

export const netlify = provider('netlify', 'api.netlify.com', 'https://open-api.netlify.com/', [
  route(
    'GET /api/v1/user',
    bearer,
    (a) => json(200, { id: '5c8d6f1a', email: a.email ?? 'dev@acme.dev', full_name: a.full_name ?? 'Dev Acme' }),
    json(401, { code: 401, message: 'Access Denied: Invalid token' }),
  ),
]);
