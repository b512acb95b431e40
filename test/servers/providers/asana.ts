/** Asana, from https://developers.asana.com/reference/getuser: `Authorization: Bearer`; 401 "Not Authorized". */
import { bearer, json, provider, route } from '../provider-fake.js';

export const asana = provider('asana', 'app.asana.com', 'https://developers.asana.com/reference', [
  route(
    'GET /api/1.0/users/me',
    bearer,
    (a) =>
      json(200, {
        data: { gid: '12345', name: a.name ?? 'Greg Sanchez', email: 'gsanchez@example.com', resource_type: 'user' },
      }),
    json(401, { errors: [{ message: 'Not Authorized' }] }),
  ),
]);
