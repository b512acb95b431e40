/**
 * Datadog, from https://docs.datadoghq.com/api/latest/authentication/#validate-api-key: the
 * key in `DD-API-KEY`; 403 "Forbidden" for a key this site does not know. Key management, from
 * https://docs.datadoghq.com/api/latest/key-management/: DD-API-KEY plus DD-APPLICATION-KEY;
 * GET /api/v2/api_keys lists ids, names and last4; POST creates a key (201, `data.attributes.key`);
 * DELETE /api/v2/api_keys/{id} deletes it (204) or answers 404. A test sets the accepted
 * application key with `fake.memo.set('appKey', …)`.
 */
import { header, json, provider, randomToken, route, type FakeRequest, type ProviderFake } from '../provider-fake.js';

const forbidden = json(403, { errors: ['Forbidden'] });
const withApp = (req: FakeRequest, fake: ProviderFake): boolean =>
  req.headers['dd-application-key'] !== undefined && req.headers['dd-application-key'] === fake.memo.get('appKey');
const rows = (fake: ProviderFake) =>
  fake.live().map(([k, a]) => ({
    id: String(a.keyId ?? `id-${k.slice(0, 8)}`),
    type: 'api_keys',
    attributes: { name: a.name ?? 'key', last4: k.slice(-4) },
  }));

export const datadog = provider('datadog', 'api.datadoghq.com', 'https://docs.datadoghq.com/api/latest/', [
  route('GET /api/v1/validate', header('dd-api-key'), () => json(200, { valid: true }), forbidden),
  route(
    'GET /api/v2/api_keys',
    header('dd-api-key'),
    (_a, req, fake) =>
      withApp(req, fake)
        ? json(200, { data: rows(fake), meta: { page: { total_filtered_count: rows(fake).length } } })
        : forbidden,
    forbidden,
  ),
  route(
    'POST /api/v2/api_keys',
    header('dd-api-key'),
    (_a, req, fake) => {
      if (!withApp(req, fake)) return forbidden;
      const name = (req.json as { data?: { attributes?: { name?: unknown } } } | undefined)?.data?.attributes?.name;
      if (typeof name !== 'string') return json(400, { errors: ['Bad Request'] });
      const key = randomToken(32, '0123456789abcdef');
      const keyId = randomToken(36, '0123456789abcdef');
      fake.accept(key, { keyId, name });
      return json(201, { data: { id: keyId, type: 'api_keys', attributes: { name, key, last4: key.slice(-4) } } });
    },
    forbidden,
  ),
  route(
    'DELETE /api/v2/api_keys/{id}',
    header('dd-api-key'),
    (_a, req, fake) => {
      if (!withApp(req, fake)) return forbidden;
      const hit = fake.live().find(([k, a]) => String(a.keyId ?? `id-${k.slice(0, 8)}`) === req.params.id);
      if (!hit) return json(404, { errors: ['API key not found'] });
      fake.revoke(hit[0]);
      return { status: 204, text: '' };
    },
    forbidden,
  ),
]);
