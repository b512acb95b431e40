/**
 * Okta management API, from https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/:
 * `Authorization: SSWS <token>` on the org's own domain; 401 E0000011 for a bad token.
 */
import { json, type ProviderFakeSpec, route } from '../provider-fake.js';

export const okta: ProviderFakeSpec = {
  provider: 'okta',
  hosts: ['acme.okta.com'],
  docs: 'https://developer.okta.com/docs/api/',
  routes: [
    route(
      'GET /api/v1/users/me',
      (req) => /^SSWS (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1],
      (a) =>
        json(200, {
          id: '00ub0oNGTSWTBKOLGLNR',
          status: 'ACTIVE',
          profile: { login: a.login ?? 'isaac.brock@example.com' },
        }),
      json(401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided' }),
    ),
  ],
};
