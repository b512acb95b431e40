/**
 * Mailgun, from https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/:
 * HTTP basic with user `api` and the key as password; 401 "Forbidden" for a bad key.
 */
import { basic, json, provider, route } from '../provider-fake.js';

export const mailgun = provider(
  'mailgun',
  'api.mailgun.net',
  'https://documentation.mailgun.com/docs/mailgun/api-reference/',
  [
    route(
      'GET /v3/domains',
      (req) => /^api:(.+)$/.exec(basic(req) ?? '')?.[1],
      (a) => json(200, { total_count: a.total_count ?? 1, items: [{ name: 'mg.acme.dev', state: 'active' }] }),
      { status: 401, text: 'Forbidden' },
    ),
  ],
);
