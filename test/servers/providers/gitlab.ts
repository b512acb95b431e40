/**
 * GitLab REST API v4, from https://docs.gitlab.com/api/personal_access_tokens/,
 * https://docs.gitlab.com/api/runners/#verify-authentication-for-a-registered-runner and
 * https://docs.gitlab.com/api/jobs/#get-job-tokens-job. Tokens travel in PRIVATE-TOKEN (or
 * `Authorization: Bearer`), job tokens in JOB-TOKEN; a bad token gets 401 "401 Unauthorized".
 * Rotation from https://docs.gitlab.com/api/personal_access_tokens/#rotate-a-personal-access-token:
 * POST .../self/rotate with the token (scope api or self_rotate, else 403) revokes it and answers
 * the new token once; a second rotate with the revoked token revokes its successor (token family
 * reuse detection) and answers 401. DELETE .../self revokes the token (204).
 */
import { bearer, header, json, randomToken, type FakeRequest, type ProviderFakeSpec } from '../provider-fake.js';

const patOf = (req: FakeRequest): string | undefined => header('private-token')(req) ?? bearer(req);
let nextId = 100;

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
      credential: patOf,
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
      name: 'POST /api/v4/personal_access_tokens/self/rotate',
      method: 'POST',
      path: '/api/v4/personal_access_tokens/self/rotate',
      credential: patOf,
      live: (req, a, fake) => {
        const scopes = (a.scopes as string[] | undefined) ?? ['api'];
        if (!scopes.includes('api') && !scopes.includes('self_rotate')) return json(403, { message: '403 Forbidden' });
        const old = patOf(req)!;
        const token = `glpat-${randomToken(20)}`;
        fake.revoke(old);
        fake.accept(token, { ...a });
        fake.memo.set(`rotated:${old}`, token);
        return json(200, {
          id: nextId++,
          name: a.name ?? 'deploy',
          revoked: false,
          created_at: '2026-01-01T00:00:00.000Z',
          scopes,
          user_id: a.user_id ?? 3,
          last_used_at: null,
          active: true,
          expires_at: '2026-12-31',
          token,
        });
      },
      unauthorized: (req, fake) => {
        const successor = fake.memo.get(`rotated:${patOf(req) ?? ''}`);
        if (typeof successor === 'string') fake.revoke(successor);
        return unauthorized();
      },
    },
    {
      name: 'DELETE /api/v4/personal_access_tokens/self',
      method: 'DELETE',
      path: '/api/v4/personal_access_tokens/self',
      credential: patOf,
      live: (req, _a, fake) => {
        fake.revoke(patOf(req)!);
        return { status: 204, text: '' };
      },
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
