/**
 * Shopify Admin API, from https://shopify.dev/docs/api/admin-rest/latest/resources/accessscope:
 * `X-Shopify-Access-Token` on the shop's myshopify.com domain; 401 "Invalid API key or access token".
 */
import { header, json, type ProviderFakeSpec, route } from '../provider-fake.js';

export const shopify: ProviderFakeSpec = {
  provider: 'shopify',
  hosts: ['acme.myshopify.com'],
  docs: 'https://shopify.dev/docs/api/admin-rest',
  routes: [
    route(
      'GET /admin/oauth/access_scopes.json',
      header('x-shopify-access-token'),
      (a) =>
        json(200, {
          access_scopes: ((a.scopes as string[] | undefined) ?? ['read_products', 'write_orders']).map((handle) => ({
            handle,
          })),
        }),
      json(401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' }),
    ),
  ],
};
