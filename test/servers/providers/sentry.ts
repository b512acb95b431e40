/**
 * Sentry, from https://docs.sentry.io/api/organizations/list-your-organizations/ and
 * https://docs.sentry.io/api/auth/: `Authorization: Bearer`; 401 for a bad token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const sentry = provider('sentry', 'sentry.io', 'https://docs.sentry.io/api/', [
  route(
    'GET /api/0/organizations/',
    bearer,
    (a) =>
      json(200, [{ id: '7', slug: a.slug ?? 'the-interstellar-jurisdiction', name: 'The Interstellar Jurisdiction' }]),
    json(401, { detail: 'Invalid token' }),
  ),
]);
