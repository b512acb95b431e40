/**
 * Anthropic, from https://docs.anthropic.com/en/api/models-list,
 * https://docs.anthropic.com/en/api/admin-api/users/list-users and
 * https://docs.anthropic.com/en/api/errors: `x-api-key` and `anthropic-version` headers; 401
 * `authentication_error` for a bad key.
 */
import { json, provider, route, type FakeRequest } from '../provider-fake.js';

const key = (req: FakeRequest): string | undefined =>
  req.headers['anthropic-version'] ? (req.headers['x-api-key'] as string | undefined) : undefined;
const invalid = json(401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });

export const anthropic = provider('anthropic', 'api.anthropic.com', 'https://docs.anthropic.com/en/api/overview', [
  route(
    'GET /v1/models',
    key,
    () => json(200, { data: [{ id: 'claude-sonnet-4-5', type: 'model' }], has_more: false }),
    invalid,
  ),
  route('GET /v1/organizations/users', key, () => json(200, { data: [], has_more: false }), invalid),
]);
