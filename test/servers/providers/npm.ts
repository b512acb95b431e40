/**
 * The npm registry's whoami endpoint (what `npm whoami` calls), from
 * https://docs.npmjs.com/cli/v10/commands/npm-whoami: `Authorization: Bearer`; 401 for a bad token.
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
  ],
};
