/**
 * Notion, from https://developers.notion.com/reference/get-self and
 * https://developers.notion.com/reference/status-codes: `Authorization: Bearer` with a
 * `Notion-Version` header; 401 `unauthorized` for a bad token.
 */
import { bearer, json, provider, route, type FakeRequest } from '../provider-fake.js';

const token = (req: FakeRequest): string | undefined => (req.headers['notion-version'] ? bearer(req) : undefined);

export const notion = provider('notion', 'api.notion.com', 'https://developers.notion.com/reference', [
  route(
    'GET /v1/users/me',
    token,
    (a) =>
      json(200, {
        object: 'user',
        id: '16d84278-ab0e-484c-9bdd-b35da3bd8905',
        name: a.name ?? 'pied piper',
        type: 'bot',
      }),
    json(401, { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' }),
  ),
]);
