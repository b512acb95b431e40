/**
 * Slack Web API auth.test, from https://docs.slack.dev/reference/methods/auth.test: POST with
 * the token as `Authorization: Bearer` (or a `token` form field). It answers HTTP 200 either
 * way; `ok: false` with `error: invalid_auth` (or not_authed, token_revoked…) for a bad token.
 * auth.revoke, from https://docs.slack.dev/reference/methods/auth.revoke: the same
 * credential; `{"ok": true, "revoked": true}`, and the token is dead from then on.
 */
import { bearer, json, type ProviderFakeSpec } from '../provider-fake.js';

export const slack: ProviderFakeSpec = {
  provider: 'slack',
  hosts: ['slack.com'],
  docs: 'https://docs.slack.dev/reference/methods/auth.test',
  routes: [
    {
      name: 'POST /api/auth.test',
      method: 'POST',
      path: '/api/auth.test',
      credential: (req) => bearer(req) ?? req.form?.get('token') ?? undefined,
      live: (_req, a) =>
        json(
          200,
          {
            ok: true,
            url: 'https://subarachnoid.slack.com/',
            team: a.team ?? 'Subarachnoid Workspace',
            user: a.user ?? 'grace',
            team_id: 'T12345678',
            user_id: 'W12345678',
          },
          a.scopes !== undefined ? { 'x-oauth-scopes': String(a.scopes) } : {},
        ),
      unauthorized: (req) => json(200, { ok: false, error: req.headers.authorization ? 'invalid_auth' : 'not_authed' }),
    },
    {
      name: 'POST /api/auth.revoke',
      method: 'POST',
      path: '/api/auth.revoke',
      credential: (req) => bearer(req) ?? req.form?.get('token') ?? undefined,
      live: (req, _a, fake) => {
        fake.revoke((bearer(req) ?? req.form?.get('token'))!);
        return json(200, { ok: true, revoked: true });
      },
      unauthorized: (req) => json(200, { ok: false, error: req.headers.authorization ? 'invalid_auth' : 'not_authed' }),
    },
  ],
};
