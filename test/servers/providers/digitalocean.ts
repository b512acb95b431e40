/**
 * DigitalOcean, from https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account:
 * `Authorization: Bearer`; 401 `unauthorized` for a bad token. Revocation, from
 * https://docs.digitalocean.com/reference/api/oauth/: POST https://cloud.digitalocean.com/v1/oauth/revoke
 * with `token=` (form) and the token as bearer.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const digitalocean = provider(
  'digitalocean',
  ['api.digitalocean.com', 'cloud.digitalocean.com'],
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
    route(
      'POST /v1/oauth/revoke',
      (req) => (bearer(req) !== undefined && req.form?.get('token') === bearer(req) ? bearer(req) : undefined),
      (_a, req, fake) => {
        fake.revoke(bearer(req)!);
        return json(200, {});
      },
      json(401, { error: 'invalid_token', error_description: 'The access token is invalid' }),
    ),
  ],
);
