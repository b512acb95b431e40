/**
 * OpenAI, from https://platform.openai.com/docs/api-reference/models/list and
 * https://platform.openai.com/docs/api-reference/admin-api-keys/list: `Authorization: Bearer`;
 * answers carry `openai-organization`; 401 `invalid_api_key` for a bad key. Admin keys, from
 * .../admin-api-keys/create and .../admin-api-keys/delete: the list carries each key's id, name and
 * redacted value; POST creates one (its `value` only in that answer); DELETE .../{key_id} deletes
 * it (`deleted: true`) or answers 404.
 */
import { bearer, json, provider, randomToken, route, type ProviderFake } from '../provider-fake.js';

const adminKeys = (fake: ProviderFake) => fake.live().filter(([k]) => k.startsWith('sk-admin-'));
const redacted = (k: string): string => `${k.slice(0, 12)}****${k.slice(-4)}`;

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
    (a, _req, fake) =>
      json(
        200,
        {
          object: 'list',
          data: adminKeys(fake).map(([k, acc]) => ({
            object: 'organization.admin_api_key',
            id: acc.keyId ?? `key_${k.slice(-6)}`,
            name: acc.name ?? 'admin',
            redacted_value: redacted(k),
          })),
          has_more: false,
        },
        { 'openai-organization': String(a.org ?? 'org-acme') },
      ),
    invalid,
  ),
  route(
    'POST /v1/organization/admin_api_keys',
    bearer,
    (a, req, fake) => {
      const name = (req.json as { name?: unknown } | undefined)?.name;
      if (typeof name !== 'string')
        return json(400, { error: { message: 'name is required', code: 'invalid_request' } });
      const value = `sk-admin-${randomToken(58)}`;
      const keyId = `key_${randomToken(16)}`;
      fake.accept(value, { ...a, keyId, name });
      return json(200, {
        object: 'organization.admin_api_key',
        id: keyId,
        name,
        redacted_value: redacted(value),
        value,
      });
    },
    invalid,
  ),
  route(
    'DELETE /v1/organization/admin_api_keys/{keyId}',
    bearer,
    (_a, req, fake) => {
      const hit = adminKeys(fake).find(([k, acc]) => (acc.keyId ?? `key_${k.slice(-6)}`) === req.params.keyId);
      if (!hit) return json(404, { error: { message: 'not found', code: 'not_found' } });
      fake.revoke(hit[0]);
      return json(200, { object: 'organization.admin_api_key.deleted', id: req.params.keyId, deleted: true });
    },
    invalid,
  ),
]);
