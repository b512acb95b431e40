/**
 * Dropbox, from https://www.dropbox.com/developers/documentation/http/documentation#users-get_current_account:
 * POST with `Authorization: Bearer` and no body; 401 `invalid_access_token` for a bad token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const dropbox = provider(
  'dropbox',
  'api.dropboxapi.com',
  'https://www.dropbox.com/developers/documentation/http/documentation',
  [
    route(
      'POST /2/users/get_current_account',
      (req) => (req.body === '' && !req.headers['content-type'] ? bearer(req) : undefined),
      (a) =>
        json(200, {
          account_id: 'dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc',
          email: a.email ?? 'franz@dropbox.com',
          name: { display_name: 'Franz Ferdinand (Personal)' },
        }),
      json(401, { error_summary: 'invalid_access_token/...', error: { '.tag': 'invalid_access_token' } }),
    ),
  ],
);
