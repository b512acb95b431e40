/**
 * GitHub REST API, from https://docs.github.com/en/rest/users/users#get-the-authenticated-user
 * and https://docs.github.com/en/rest/apps/installations. Tokens travel as
 * `Authorization: Bearer` (or the older `token` scheme); a bad token gets 401 "Bad credentials".
 * Revocation from https://docs.github.com/en/rest/credentials/revoke: POST /credentials/revoke
 * with {"credentials": [...]} (at most 1,000), unauthenticated (an authenticated call gets 403),
 * 202 Accepted; 422 for a body that fails validation.
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
      name: 'POST /credentials/revoke',
      method: 'POST',
      path: '/credentials/revoke',
      open: true,
      credential: () => undefined,
      live: (req, _a, fake) => {
        if (req.headers.authorization) return json(403, { message: 'Must not be authenticated' });
        const list = (req.json as { credentials?: unknown } | undefined)?.credentials;
        if (!Array.isArray(list) || list.length === 0 || list.length > 1000 || list.some((c) => typeof c !== 'string'))
          return json(422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' });
        for (const c of list as string[]) fake.revoke(c);
        return json(202, {});
      },
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
