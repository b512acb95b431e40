/**
 * Datadog, from https://docs.datadoghq.com/api/latest/authentication/#validate-api-key: the
 * key in `DD-API-KEY`; 403 "Forbidden" for a key this site does not know.
 */
import { header, json, provider, route } from '../provider-fake.js';

export const datadog = provider('datadog', 'api.datadoghq.com', 'https://docs.datadoghq.com/api/latest/', [
  route(
    'GET /api/v1/validate',
    header('dd-api-key'),
    () => json(200, { valid: true }),
    json(403, { errors: ['Forbidden'] }),
  ),
]);
