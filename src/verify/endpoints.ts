/**
 * Where a request for a provider host really goes. In normal use: to that host, over HTTPS.
 * For tests, `TOKGUARD_ENDPOINTS="api.github.com=http://127.0.0.1:PORT,slack.com=..."` maps a
 * host to a loopback base URL. It is read from the environment only (a config file can never
 * set it), only loopback targets are accepted, and once it is set no unmapped host is contacted
 * at all, so a test run cannot reach the internet by mistake.
 */
import { isIP } from 'node:net';
import { UserError } from '../errors.js';

export const ENDPOINTS_ENV = 'TOKGUARD_ENDPOINTS';

export interface EndpointMap {
  /** host → loopback base URL (no trailing slash). */
  readonly map: ReadonlyMap<string, URL>;
  /** True when TOKGUARD_ENDPOINTS was set: hosts not in the map are refused. */
  readonly testMode: boolean;
}

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1';
  return false;
}

/** Parses the variable's value; a bad entry is a one-line error naming it. */
export function parseEndpoints(value: string | undefined): EndpointMap {
  const map = new Map<string, URL>();
  if (value === undefined || value.trim() === '') return { map, testMode: false };
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const eq = entry.indexOf('=');
    const host = entry.slice(0, eq).trim().toLowerCase();
    const target = entry.slice(eq + 1).trim();
    if (eq < 1 || !HOST.test(host))
      throw new UserError(`${ENDPOINTS_ENV}: "${entry}" is not HOST=URL (e.g. api.github.com=http://127.0.0.1:8080)`);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new UserError(`${ENDPOINTS_ENV}: ${host}: "${target}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new UserError(`${ENDPOINTS_ENV}: ${host}: ${target} is not an http or https URL`);
    if (!isLoopbackHost(url.hostname))
      throw new UserError(
        `${ENDPOINTS_ENV}: ${host}: ${url.hostname} is not a loopback address (only 127.0.0.1, ::1 and localhost are accepted)`,
      );
    if (url.username || url.password || url.search || url.hash)
      throw new UserError(`${ENDPOINTS_ENV}: ${host}: the URL may hold only a scheme, host, port and path`);
    map.set(host, url);
  }
  return { map, testMode: true };
}

export function endpointsFromEnv(env: NodeJS.ProcessEnv = process.env): EndpointMap {
  return parseEndpoints(env[ENDPOINTS_ENV]);
}

export function endpointsWarning(endpoints: EndpointMap): string | undefined {
  if (!endpoints.testMode) return undefined;
  const pairs = [...endpoints.map].map(([h, u]) => `${h} → ${u.origin}${u.pathname.replace(/\/$/, '')}`);
  return `warning: ${ENDPOINTS_ENV} is set: verification requests go to ${pairs.length ? pairs.join(', ') : 'nowhere'} and no other host is contacted (this is for tests)`;
}

export class EndpointRefused extends Error {}

/**
 * The URL a request for `url` (https, on a provider host) is sent to. Throws EndpointRefused
 * when test mode is on and the host is not mapped.
 */
export function routeUrl(url: URL, endpoints: EndpointMap): URL {
  const base = endpoints.map.get(url.hostname);
  if (!base) {
    if (endpoints.testMode) throw new EndpointRefused(`${url.hostname} is not mapped by ${ENDPOINTS_ENV}`);
    return url;
  }
  const routed = new URL(base.href);
  routed.pathname = `${base.pathname.replace(/\/$/, '')}${url.pathname}`;
  routed.search = url.search;
  return routed;
}
