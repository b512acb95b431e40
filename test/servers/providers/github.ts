/**
 * GitHub REST API, from https://docs.github.com/en/rest/users/users#get-the-authenticated-user
 * and https://docs.github.com/en/rest/apps/installations. Tokens travel as
 * `Authorization: Bearer` (or the older `token` scheme); a bad token gets 401 "Bad credentials".
 */
import { json, type FakeRequest, type ProviderFakeSpec } from '../provider-fake.js';

function token(req: FakeRequest): string | undefined {
  return /^(?:Bearer|token) (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
}

const badCredentials = () =>
  json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });

export const github: ProviderFakeSpec = {
  provider: 'github',
  hosts: ['api.github.com'],
  docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
  routes: [
    {
      name: 'GET /user',
      method: 'GET',
      path: '/user',
      credential: token,
      live: (_req, a) =>
        json(
          200,
          { login: a.login ?? 'octocat', id: a.id ?? 1, type: 'User', name: a.name ?? null },
          {
            ...(a.scopes !== undefined ? { 'x-oauth-scopes': String(a.scopes) } : {}),
            ...(a.expires ? { 'github-authentication-token-expiration': String(a.expires) } : {}),
          },
        ),
      unauthorized: badCredentials,
    },
    {
      name: 'GET /installation/repositories',
      method: 'GET',
      path: '/installation/repositories',
      credential: token,
      live: (_req, a) =>
        json(200, { total_count: a.total_count ?? 1, repositories: [{ id: 1, full_name: 'octo-org/hello' }] }),
      unauthorized: badCredentials,
    },
  ],
};
