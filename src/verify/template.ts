/**
 * Builds a provider request from a verify block: `${secret}`, `${name}` (a named capture of the
 * rule, or a part found nearby) filled in where they stand: URL-encoded in the path and query,
 * as one DNS label in the host, JSON-escaped in a JSON body. The result must land on one of the
 * provider's declared hosts, on the default HTTPS port, or it is not built.
 */
import type { AuthSpec, ProviderSpec, RequestSpec } from './types.js';

export type Values = Readonly<Record<string, string>>;

const PLACEHOLDER = /\$\{([A-Za-z][A-Za-z0-9]*)\}/g;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** A template names a value the finding does not have. */
export class MissingValue extends Error {
  constructor(readonly valueName: string) {
    super(`missing value ${valueName}`);
  }
}

/** A built request would leave the provider's hosts, or carry a value that cannot stand there. */
export class UnsafeRequest extends Error {}

export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function fill(template: string, values: Values, encode: (v: string, name: string) => string = (v) => v): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new MissingValue(name);
    return encode(v, name);
  });
}

/** A value as one path segment: what RFC 3986 allows there stays (`:` in a Telegram token), `/ ? # %` do not. */
function pathSegment(v: string): string {
  return encodeURIComponent(v).replace(/%(3A|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
}

function hostLabel(v: string, name: string): string {
  const label = v.toLowerCase();
  if (!LABEL.test(label)) throw new UnsafeRequest(`${name} is not a single host name label`);
  return label;
}

/** Does `host` fall under one of the provider's declared hosts (a placeholder is one label)? */
export function hostAllowed(host: string, provider: ProviderSpec): boolean {
  return provider.hosts.some((pattern) => {
    const m = /^\$\{[A-Za-z][A-Za-z0-9]*\}(.*)$/.exec(pattern);
    if (!m) return host === pattern;
    if (!host.endsWith(m[1]!)) return false;
    return LABEL.test(host.slice(0, host.length - m[1]!.length));
  });
}

export function buildUrl(template: string, values: Values, provider: ProviderSpec): URL {
  const m = /^https:\/\/([^/?#]+)(.*)$/.exec(template);
  if (!m) throw new UnsafeRequest('not an https URL');
  const host = fill(m[1]!, values, hostLabel);
  const q = m[2]!.indexOf('?');
  const [pathPart, query] = q < 0 ? [m[2]!, ''] : [m[2]!.slice(0, q), m[2]!.slice(q)];
  const rest = fill(pathPart, values, pathSegment) + fill(query, values, (v) => encodeURIComponent(v));
  const url = new URL(`https://${host}${rest}`);
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password)
    throw new UnsafeRequest('the URL must be https on the default port');
  if (!hostAllowed(url.hostname, provider))
    throw new UnsafeRequest(`${url.hostname} is not a host of ${provider.name}`);
  return url;
}

function headerValue(v: string): string {
  if (/[\r\n\0]/.test(v)) throw new UnsafeRequest('a header value holds a line break');
  return v;
}

export function authHeaders(auth: AuthSpec | undefined, values: Values): Record<string, string> {
  if (auth === undefined || auth === 'none') return {};
  if (auth === 'bearer') return { authorization: headerValue(`Bearer ${fill('${secret}', values)}`) };
  if ('header' in auth) return { [auth.header.toLowerCase()]: headerValue(fill(auth.value ?? '${secret}', values)) };
  const user = fill(auth.basic.username, values);
  const pass = fill(auth.basic.password, values);
  return { authorization: `Basic ${Buffer.from(`${user}:${pass}`, 'utf8').toString('base64')}` };
}

function fillJson(node: unknown, values: Values): unknown {
  if (typeof node === 'string') return fill(node, values);
  if (Array.isArray(node)) return node.map((n) => fillJson(n, values));
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillJson(v, values)]));
  return node;
}

export interface BuiltRequest {
  method: RequestSpec['method'];
  url: URL;
  headers: Record<string, string>;
  body?: Buffer;
}

export function buildRequest(
  request: RequestSpec,
  provider: ProviderSpec,
  values: Values,
  userAgent: string,
): BuiltRequest {
  const url = buildUrl(request.url, values, provider);
  const headers: Record<string, string> = { 'user-agent': userAgent, accept: 'application/json' };
  for (const [k, v] of Object.entries(provider.headers ?? {})) headers[k.toLowerCase()] = headerValue(fill(v, values));
  for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = headerValue(fill(v, values));
  Object.assign(headers, authHeaders(request.auth ?? provider.auth, values));
  let body: Buffer | undefined;
  if (request.json !== undefined) {
    body = Buffer.from(JSON.stringify(fillJson(request.json, values)), 'utf8');
    headers['content-type'] ??= 'application/json';
  } else if (request.form) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(request.form)) form.set(k, fill(v, values));
    body = Buffer.from(form.toString(), 'utf8');
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (request.body !== undefined) {
    body = Buffer.from(fill(request.body, values), 'utf8');
  }
  return { method: request.method, url, headers, ...(body ? { body } : {}) };
}
