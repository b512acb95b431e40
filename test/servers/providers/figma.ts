/** Figma, from https://www.figma.com/developers/api#get-me-endpoint: `X-Figma-Token`; 403 "Invalid token". */
import { header, json, provider, route } from '../provider-fake.js';

export const figma = provider('figma', 'api.figma.com', 'https://www.figma.com/developers/api', [
  route(
    'GET /v1/me',
    header('x-figma-token'),
    (a) => json(200, { id: '1234', handle: a.handle ?? 'designer', email: 'designer@acme.dev', img_url: '' }),
    json(403, { status: 403, err: 'Invalid token' }),
  ),
]);
