/**
 * Mailchimp Marketing API, from https://mailchimp.com/developer/marketing/api/root/: HTTP
 * basic with any user and the key as password, on the data center the key names; 401
 * "API Key Invalid".
 */
import { basic, json, type ProviderFakeSpec, route } from '../provider-fake.js';

export const mailchimp: ProviderFakeSpec = {
  provider: 'mailchimp',
  // The data centres of the rules' examples and the tests' keys.
  hosts: ['us21.api.mailchimp.com', 'us6.api.mailchimp.com'],
  docs: 'https://mailchimp.com/developer/marketing/api/root/',
  routes: [
    route(
      'GET /3.0/',
      (req) => /^[^:]*:(.+)$/.exec(basic(req) ?? '')?.[1],
      (a) =>
        json(200, {
          account_id: '8d3a3db4d97663a9074efcc16',
          account_name: a.account_name ?? 'Freddie',
          email: 'freddie@example.com',
        }),
      json(401, {
        type: 'https://mailchimp.com/developer/marketing/docs/errors/',
        title: 'API Key Invalid',
        status: 401,
      }),
    ),
  ],
};
