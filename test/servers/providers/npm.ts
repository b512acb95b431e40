/**
 * The npm registry's whoami endpoint (what `npm whoami` calls), from
 * https://docs.npmjs.com/cli/v10/commands/npm-whoami: `Authorization: Bearer`; 401 for a bad token.
 * Logout, from https://docs.npmjs.com/cli/v10/commands/npm-logout: DELETE /-/user/token/{token}
 * with the same token as bearer ends the token's session everywhere.
 */
import { bearer, json, type ProviderFakeSpec } from '../provider-fake.js';

export const npm: ProviderFakeSpec = {
  provider: 'npm',
  hosts: ['registry.npmjs.org'],
  docs: 'https://docs.npmjs.com/cli/v10/commands/npm-whoami',
  routes: [
    {
      name: 'GET /-/whoami',
      method: 'GET',
      path: '/-/whoami',
      credential: bearer,
      live: (_req, a) => json(200, { username: a.username ?? 'npm-user' }),
      unauthorized: () => json(401, { error: 'You must be logged in to use whoami' }),
    },
    {
      name: 'DELETE /-/user/token/{token}',
      method: 'DELETE',
      path: /^\/-\/user\/token\/(?<token>[^/]+)$/,
      credential: (req) => {
        const b = bearer(req);
        return b !== undefined && decodeURIComponent(req.params.token ?? '') === b ? b : undefined;
      },
      live: (req, _a, fake) => {
        fake.revoke(bearer(req)!);
        return json(200, {});
      },
      unauthorized: () => json(401, { error: 'unauthorized' }),
    },
  ],
};
