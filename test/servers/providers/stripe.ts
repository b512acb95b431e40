/**
 * Stripe, from https://docs.stripe.com/api/accounts/retrieve and
 * https://docs.stripe.com/api/errors: the secret key as `Authorization: Bearer` (or HTTP basic
 * user); 401 for an invalid key, 403 for a restricted key without the permission.
 */
import { basic, bearer, json, provider, route } from '../provider-fake.js';

export const stripe = provider('stripe', 'api.stripe.com', 'https://docs.stripe.com/api/accounts/retrieve', [
  route(
    'GET /v1/account',
    (req) => bearer(req) ?? basic(req)?.replace(/:$/, ''),
    (a) => json(200, { id: a.id ?? 'acct_1Nv0FGQ9RKHgCVdK', object: 'account', email: a.email ?? 'jenny@example.com' }),
    json(401, { error: { message: 'Invalid API Key provided: sk_live_****', type: 'invalid_request_error' } }),
  ),
]);
