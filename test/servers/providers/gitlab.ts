/**
 * GitLab REST API v4, from https://docs.gitlab.com/api/personal_access_tokens/,
 * https://docs.gitlab.com/api/runners/#verify-authentication-for-a-registered-runner and
 * https://docs.gitlab.com/api/jobs/#get-job-tokens-job. Tokens travel in PRIVATE-TOKEN (or
 * `Authorization: Bearer`), job tokens in JOB-TOKEN; a bad token gets 401 "401 Unauthorized".
 */
import { bearer, header, json, type FakeRequest, type ProviderFakeSpec } from '../provider-fake.js';

const unauthorized = () => json(401, { message: '401 Unauthorized' });

export const gitlab: ProviderFakeSpec = {
  provider: 'gitlab',
  hosts: ['gitlab.com'],
  docs: 'https://docs.gitlab.com/api/personal_access_tokens/',
  routes: [
    {
      name: 'GET /api/v4/personal_access_tokens/self',
      method: 'GET',
      path: '/api/v4/personal_access_tokens/self',
      credential: (req: FakeRequest) => header('private-token')(req) ?? bearer(req),
      live: (_req, a) =>
        json(200, {
          id: 4,
          name: a.name ?? 'deploy',
          revoked: false,
          created_at: '2025-01-01T00:00:00.000Z',
          scopes: a.scopes ?? ['api'],
          user_id: a.user_id ?? 3,
          last_used_at: null,
          active: a.active ?? true,
          expires_at: a.expires_at ?? '2026-12-31',
        }),
      unauthorized,
    },
    {
      name: 'POST /api/v4/runners/verify',
      method: 'POST',
      path: '/api/v4/runners/verify',
      credential: (req) => req.form?.get('token') ?? (req.json as { token?: string } | undefined)?.token,
      live: (_req, a) => json(200, { id: a.id ?? 12345, token: 'glrt-…', token_expires_at: null }),
      unauthorized: () => json(403, { message: '403 Forbidden' }),
    },
    {
      name: 'GET /api/v4/job',
      method: 'GET',
      path: '/api/v4/job',
      credential: header('job-token'),
      live: (_req, a) =>
        json(200, {
          id: a.id ?? 8,
          status: 'running',
          user: { id: 1, username: a.username ?? 'root' },
          pipeline: { id: 6, project_id: a.project_id ?? 1 },
        }),
      unauthorized,
    },
  ],
};
