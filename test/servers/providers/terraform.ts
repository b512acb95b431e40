/**
 * HCP Terraform, from https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account:
 * `Authorization: Bearer`; 401 for a bad token; 404 for a team or organization token.
 */
import { bearer, json, provider, route } from '../provider-fake.js';

export const terraform = provider(
  'terraform',
  'app.terraform.io',
  'https://developer.hashicorp.com/terraform/cloud-docs/api-docs',
  [
    route(
      'GET /api/v2/account/details',
      bearer,
      (a) =>
        json(200, {
          data: {
            id: 'user-V3R563qtJNcExAkN',
            type: 'users',
            attributes: { username: a.username ?? 'admin', email: 'admin@hashicorp.com' },
          },
        }),
      json(401, { errors: [{ status: '401', title: 'unauthorized' }] }),
    ),
  ],
);
