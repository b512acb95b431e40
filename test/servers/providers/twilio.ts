/**
 * Twilio REST API 2010-04-01, from https://www.twilio.com/docs/iam/api/account and
 * https://www.twilio.com/docs/usage/requests-to-twilio: HTTP basic as account SID + auth token,
 * or API key SID + secret; 401 (code 20003) for bad credentials.
 */
import { basic, json, provider, route } from '../provider-fake.js';

const authenticate = json(401, { code: 20003, message: 'Authenticate', status: 401 });

export const twilio = provider('twilio', 'api.twilio.com', 'https://www.twilio.com/docs/iam/api/account', [
  route(
    'GET /2010-04-01/Accounts/{sid}.json',
    (req) => {
      const cred = basic(req);
      return cred?.startsWith(`${req.params.sid}:`) ? cred : undefined;
    },
    (a, req) => json(200, { sid: req.params.sid, friendly_name: a.friendly_name ?? 'Acme', status: 'active' }),
    authenticate,
  ),
  route(
    'GET /2010-04-01/Accounts.json',
    (req) => (basic(req)?.startsWith('SK') ? basic(req) : undefined),
    (a) =>
      json(200, {
        accounts: [{ sid: 'AC0123456789abcdef0123456789abcdef', friendly_name: a.friendly_name ?? 'Acme' }],
      }),
    authenticate,
  ),
]);
