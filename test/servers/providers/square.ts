/**
 * Square, from https://developer.squareup.com/reference/square/merchants-api/retrieve-merchant:
 * `Authorization: Bearer` and `Square-Version`; 401 `UNAUTHORIZED` for a bad token.
 */
import { bearer, json, provider, route, type FakeRequest } from '../provider-fake.js';

const token = (req: FakeRequest): string | undefined => (req.headers['square-version'] ? bearer(req) : undefined);

export const square = provider('square', 'connect.squareup.com', 'https://developer.squareup.com/reference/square', [
  route(
    'GET /v2/merchants/me',
    token,
    (a) =>
      json(200, { merchant: { id: 'DM7VKY8Q63GNP', business_name: a.business_name ?? 'Apple A Day', country: 'US' } }),
    json(401, {
      errors: [
        { category: 'AUTHENTICATION_ERROR', code: 'UNAUTHORIZED', detail: 'This request could not be authorized.' },
      ],
    }),
  ),
]);
