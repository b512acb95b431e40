/**
 * Google OAuth 2.0 token info, from
 * https://developers.google.com/identity/sign-in/web/backend-auth#calling-the-tokeninfo-endpoint:
 * the token in the `access_token` query parameter; 400 `invalid_token` when it is not valid.
 */
import { json, provider, route } from '../provider-fake.js';

export const google = provider(
  'google-oauth',
  'oauth2.googleapis.com',
  'https://developers.google.com/identity/protocols/oauth2',
  [
    route(
      'GET /tokeninfo',
      (req) => req.query.get('access_token') ?? undefined,
      (a) =>
        json(200, {
          azp: '1234.apps.googleusercontent.com',
          scope: a.scope ?? 'https://www.googleapis.com/auth/userinfo.email openid',
          exp: '1767225600',
          expires_in: '3599',
          email: a.email ?? 'dev@acme.dev',
        }),
      json(400, { error: 'invalid_token', error_description: 'Invalid Value' }),
    ),
  ],
);
