/**
 * SendGrid v3, from https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/
 * retrieve-a-list-of-scopes-for-which-this-user-has-access: `Authorization: Bearer`; 401 for a bad key.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const sendgrid = provider('sendgrid', 'api.sendgrid.com', 'https://www.twilio.com/docs/sendgrid/api-reference', [
  route(
    'GET /v3/scopes',
    bearer,
    (a) => json(200, { scopes: a.scopes ?? ['mail.send', 'alerts.read'] }),
    json(401, { errors: [{ field: null, message: 'authorization required' }] }),
  ),
]);
