/**
 * Fly.io Machines API, from https://fly.io/docs/machines/api/apps-resource/: `Authorization:
 * Bearer`; 401 for a bad token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const flyio = provider('flyio', 'api.machines.dev', 'https://fly.io/docs/machines/api/', [
  route(
    'GET /v1/apps',
    (req) => (req.query.get('org_slug') ? bearer(req) : undefined),
    (a) => json(200, { total_apps: a.total_apps ?? 1, apps: [{ id: 'app-id', name: 'acme-web', machine_count: 2 }] }),
    json(401, { error: 'unauthorized' }),
  ),
]);
