/**
 * Postman API, from https://learning.postman.com/docs/developer/postman-api/authentication/:
 * the key in `X-Api-Key`; 401 `AuthenticationError` for a bad key.
 */
import { header, json, provider, route } from '../provider-fake.js';

export const postman = provider(
  'postman',
  'api.getpostman.com',
  'https://learning.postman.com/docs/developer/postman-api/',
  [
    route(
      'GET /me',
      header('x-api-key'),
      (a) =>
        json(200, { user: { id: 12345678, username: a.username ?? 'taylor-lee', email: 'taylor.lee@example.com' } }),
      json(401, {
        error: {
          name: 'AuthenticationError',
          message: 'API Key missing. Every request requires an API Key to be sent.',
        },
      }),
    ),
  ],
);
