/**
 * HubSpot, from https://developers.hubspot.com/docs/api/settings/account-information-api:
 * `Authorization: Bearer`; 401 `INVALID_AUTHENTICATION` for a bad token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const hubspot = provider('hubspot', 'api.hubapi.com', 'https://developers.hubspot.com/docs/api/overview', [
  route(
    'GET /account-info/v3/details',
    bearer,
    (a) => json(200, { portalId: a.portalId ?? 62515, accountType: 'STANDARD', timeZone: 'US/Eastern' }),
    json(401, {
      status: 'error',
      message: 'Authentication credentials not found.',
      category: 'INVALID_AUTHENTICATION',
    }),
  ),
]);
