/**
 * Linear GraphQL, from https://linear.app/developers/graphql: a personal API key in
 * `Authorization` as it is, an OAuth token as `Bearer`; an unknown credential gets an
 * AUTHENTICATION_ERROR.
 */
import { json, provider, route } from '../provider-fake.js';

export const linear = provider('linear', 'api.linear.app', 'https://linear.app/developers/graphql', [
  route(
    'POST /graphql',
    (req) => {
      if (!String((req.json as { query?: string } | undefined)?.query ?? '').includes('viewer')) return undefined;
      const auth = String(req.headers.authorization ?? '');
      if (auth.startsWith('Bearer lin_oauth_')) return auth.slice(7);
      return auth.startsWith('lin_api_') ? auth : undefined;
    },
    (a) =>
      json(200, {
        data: { viewer: { id: 'b5f1e5a1', name: a.name ?? 'Jane Doe', email: a.email ?? 'jane@acme.dev' } },
      }),
    json(400, {
      errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }],
    }),
  ),
]);
