/**
 * DigitalOcean, from https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account:
 * `Authorization: Bearer`; 401 `unauthorized` for a bad token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const digitalocean = provider(
  'digitalocean',
  'api.digitalocean.com',
  'https://docs.digitalocean.com/reference/api/',
  [
    route(
      'GET /v2/account',
      bearer,
      (a) =>
        json(200, {
          account: {
            email: a.email ?? 'sammy@digitalocean.com',
            uuid: 'b6fr89dbf6d9156cace5f3c78dc9851d957381ef',
            status: 'active',
          },
        }),
      json(401, { id: 'unauthorized', message: 'Unable to authenticate you.' }),
    ),
  ],
);
