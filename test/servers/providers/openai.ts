/**
 * OpenAI, from https://platform.openai.com/docs/api-reference/models/list and
 * https://platform.openai.com/docs/api-reference/admin-api-keys/list: `Authorization: Bearer`;
 * answers carry `openai-organization`; 401 `invalid_api_key` for a bad key.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

const invalid = json(401, {
  error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' },
});

export const openai = provider('openai', 'api.openai.com', 'https://platform.openai.com/docs/api-reference', [
  route(
    'GET /v1/models',
    bearer,
    (a) =>
      json(
        200,
        { object: 'list', data: [{ id: 'gpt-4o', object: 'model', owned_by: 'system' }] },
        { 'openai-organization': String(a.org ?? 'org-acme') },
      ),
    invalid,
  ),
  route(
    'GET /v1/organization/admin_api_keys',
    bearer,
    (a) =>
      json(200, { object: 'list', data: [], has_more: false }, { 'openai-organization': String(a.org ?? 'org-acme') }),
    invalid,
  ),
]);
