/**
 * Hugging Face Hub, from https://huggingface.co/docs/huggingface_hub/package_reference/hf_api
 * (whoami): `Authorization: Bearer`; 401 for a bad token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const huggingface = provider('huggingface', 'huggingface.co', 'https://huggingface.co/docs/hub/api', [
  route(
    'GET /api/whoami-v2',
    bearer,
    (a) =>
      json(200, {
        type: 'user',
        name: a.name ?? 'julien-c',
        auth: { type: 'access_token', accessToken: { displayName: 'ci', role: a.role ?? 'read' } },
      }),
    json(401, { error: 'Invalid credentials in Authorization header' }),
  ),
]);
