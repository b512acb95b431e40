/**
 * Heroku Platform API, from https://devcenter.heroku.com/articles/platform-api-reference#account-info:
 * `Authorization: Bearer` with `Accept: application/vnd.heroku+json; version=3`; 401 `unauthorized`.
 */
import { bearer, json, provider, route, type FakeRequest } from '../provider-fake.js';

const token = (req: FakeRequest): string | undefined =>
  String(req.headers.accept ?? '').includes('application/vnd.heroku+json; version=3') ? bearer(req) : undefined;

export const heroku = provider(
  'heroku',
  'api.heroku.com',
  'https://devcenter.heroku.com/articles/platform-api-reference',
  [
    route(
      'GET /account',
      token,
      (a) => json(200, { email: a.email ?? 'username@example.com', id: '01234567-89ab-cdef-0123-456789abcdef' }),
      json(401, { id: 'unauthorized', message: 'Invalid credentials provided.' }),
    ),
  ],
);
