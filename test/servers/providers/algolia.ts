/**
 * Algolia search API, from https://www.algolia.com/doc/rest-api/search/#tag/Api-Keys/operation/getApiKey:
 * `X-Algolia-Application-Id` and `X-Algolia-API-Key` on the application's own host; 403
 * "Invalid Application-ID or API key".
 */
import { json, type ProviderFakeSpec, route } from '../provider-fake.js';

export const algolia: ProviderFakeSpec = {
  provider: 'algolia',
  hosts: ['latency1a2-dsn.algolia.net'],
  docs: 'https://www.algolia.com/doc/rest-api/search/',
  routes: [
    route(
      'GET /1/keys/{key}',
      (req) => {
        const app = req.headers['x-algolia-application-id'];
        const key = req.headers['x-algolia-api-key'];
        return typeof app === 'string' && key === req.params.key ? `${app}:${key}` : undefined;
      },
      (a) =>
        json(200, {
          value: 'redacted',
          acl: a.acl ?? ['search', 'addObject', 'deleteIndex'],
          description: 'Admin key',
          validity: 0,
        }),
      json(403, { message: 'Invalid Application-ID or API key', status: 403 }),
    ),
  ],
};
