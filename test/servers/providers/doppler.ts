/** Doppler, from https://docs.doppler.com/reference/auth-me: `Authorization: Bearer`; 401 for a bad token. */
import { bearer, json, provider, route } from '../provider-fake.js';

export const doppler = provider('doppler', 'api.doppler.com', 'https://docs.doppler.com/reference', [
  route(
    'GET /v3/me',
    bearer,
    (a) =>
      json(200, {
        workplace: { slug: 'acme', name: a.workplace ?? 'Acme' },
        slug: 'token-slug',
        name: a.name ?? 'ci-token',
        type: a.type ?? 'personal',
        created_at: '2025-01-01T00:00:00.000Z',
      }),
    json(401, { messages: ['Invalid Auth token'], success: false }),
  ),
]);
