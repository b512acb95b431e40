/**
 * A small framework for loopback fakes of provider APIs. Each provider's fake (test/servers/
 * providers/) is a route table written from that provider's API reference: the documented
 * request (method, path, how the credential travels) and the documented answers for a live
 * credential and for a bad one. The framework serves it on 127.0.0.1, records every request,
 * and can be told to answer the next requests with a fault (a status such as 429 with
 * Retry-After or a 5xx, a slow answer, a redirect). Fake keys are not real, so a fake accepts
 * as live exactly the credentials a test registered.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
  /** The body parsed as a form, when it is one. */
  form?: URLSearchParams;
  /** Groups of the route's path pattern. */
  params: Record<string, string>;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

/** What a test says about a live credential: the fields the provider would answer with. */
export type Account = Record<string, unknown>;

export interface Route {
  /** The documented endpoint, e.g. `GET /user`. */
  name: string;
  method: string;
  /** Exact path, or a pattern with named groups. */
  path: string | RegExp;
  /** The credential as the documented request carries it; undefined when it is absent. */
  credential(req: FakeRequest): string | undefined;
  /**
   * The documented answer for a live credential. Management routes (revoke, rotate, create)
   * change the fake's state through `fake`, as the provider would.
   */
  live(req: FakeRequest, account: Account, fake: ProviderFake): FakeAnswer;
  /** The documented answer for a missing, unknown or revoked credential. */
  unauthorized(req: FakeRequest, fake: ProviderFake): FakeAnswer;
  /** An endpoint that needs no credential (GitHub's /credentials/revoke): `live` always answers. */
  open?: boolean;
}

export interface ProviderFakeSpec {
  /** The provider id the rules name (`verify.provider`). */
  provider: string;
  hosts: string[];
  /** The API reference the routes were written from. */
  docs: string;
  routes: Route[];
}

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The route it matched (undefined: no documented endpoint has this method and path). */
  route?: string;
  credential?: string;
  status: number;
}

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; json?: unknown }
  | { kind: 'slow'; ms: number }
  | { kind: 'redirect'; status?: number; location: string };

export function bearer(req: FakeRequest): string | undefined {
  const m = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''));
  return m?.[1];
}

export function header(name: string, prefix = ''): (req: FakeRequest) => string | undefined {
  return (req) => {
    const v = req.headers[name.toLowerCase()];
    if (typeof v !== 'string' || !v.startsWith(prefix)) return undefined;
    return v.slice(prefix.length);
  };
}

/** `user:password` of an HTTP Basic Authorization header. */
export function basic(req: FakeRequest): string | undefined {
  const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(String(req.headers.authorization ?? ''));
  return m ? Buffer.from(m[1]!, 'base64').toString('utf8') : undefined;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeAnswer {
  return { status, json: body, headers };
}

export class ProviderFake {
  readonly requests: Recorded[] = [];
  private readonly accounts = new Map<string, Account>();
  private readonly faults: Fault[] = [];
  private server?: Server;
  private inFlight = 0;
  /** The most requests this fake was answering at once. */
  maxInFlight = 0;
  url = '';

  constructor(readonly spec: ProviderFakeSpec) {}

  /** Registers `credential` as live; `account` holds the fields the answer should carry. */
  accept(credential: string, account: Account = {}): this {
    this.accounts.set(credential, account);
    return this;
  }

  /** Revokes a credential: from now on it gets the documented unauthorized answer. */
  revoke(credential: string): void {
    this.accounts.delete(credential);
  }

  isLive(credential: string): boolean {
    return this.accounts.has(credential);
  }

  /** The live credentials and their accounts (for management routes that list keys). */
  live(): [string, Account][] {
    return [...this.accounts];
  }

  /** State a provider keeps beyond live credentials (GitLab's rotated token families). */
  readonly memo = new Map<string, unknown>();

  /** The next request (one per call) gets this fault instead of its normal answer. */
  fault(f: Fault, times = 1): this {
    for (let i = 0; i < times; i++) this.faults.push(f);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (d: Buffer) => parts.push(d));
      req.on('end', () => {
        this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
        void this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(parts), res).finally(
          () => this.inFlight--,
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** `host=url` pairs for TOKGUARD_ENDPOINTS. */
  endpoints(): string[] {
    return this.spec.hosts.map((h) => `${h}=${this.url}`);
  }

  private async handle(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    raw: Buffer,
    res: ServerResponse,
  ): Promise<void> {
    const url = new URL(rawUrl, 'http://fake');
    const body = raw.toString('utf8');
    const req: FakeRequest = { method, path: url.pathname, query: url.searchParams, headers, body, params: {} };
    const type = String(headers['content-type'] ?? '');
    if (type.includes('json')) {
      try {
        req.json = JSON.parse(body);
      } catch {
        /* not JSON after all */
      }
    }
    if (type.includes('x-www-form-urlencoded')) req.form = new URLSearchParams(body);
    const route = this.spec.routes.find((r) => {
      if (r.method !== method) return false;
      if (typeof r.path === 'string') return r.path === url.pathname;
      const m = r.path.exec(url.pathname);
      if (m) req.params = { ...m.groups };
      return Boolean(m);
    });
    const credential = route?.credential(req);
    const record: Recorded = { method, path: url.pathname, headers, body, status: 0 };
    if (route) record.route = route.name;
    if (credential !== undefined) record.credential = credential;
    this.requests.push(record);
    let answer: FakeAnswer;
    const fault = this.faults.shift();
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
    if (fault?.kind === 'status')
      answer = { status: fault.status, headers: fault.headers ?? {}, json: fault.json ?? {} };
    else if (fault?.kind === 'redirect')
      answer = { status: fault.status ?? 302, headers: { location: fault.location }, text: '' };
    else if (!route) answer = json(404, { message: 'Not Found' });
    else {
      const known = credential === undefined ? undefined : this.accounts.get(credential);
      const account = route.open ? (known ?? {}) : known;
      answer = account ? route.live(req, account, this) : route.unauthorized(req, this);
    }
    record.status = answer.status;
    if (res.destroyed) return;
    const out = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? '');
    res.writeHead(answer.status, {
      ...(answer.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...answer.headers,
    });
    res.end(out);
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}

/** Starts a fake for each spec; `env` is the TOKGUARD_ENDPOINTS value mapping all their hosts. */
export async function startFakes(specs: ProviderFakeSpec[]): Promise<{ fakes: ProviderFake[]; env: string }> {
  const fakes = await Promise.all(specs.map((s) => new ProviderFake(s).start()));
  return { fakes, env: fakes.flatMap((f) => f.endpoints()).join(',') };
}

/**
 * A route from its documented form, `GET /v2/account` (a path may hold `{name}` parameters):
 * where the credential travels, the answer for a live one, the answer for a bad one.
 */
export function route(
  name: string,
  credential: (req: FakeRequest) => string | undefined,
  live: (a: Account, req: FakeRequest, fake: ProviderFake) => FakeAnswer,
  unauthorized: FakeAnswer | ((req: FakeRequest, fake: ProviderFake) => FakeAnswer),
): Route {
  const [method, path] = name.split(' ') as [string, string];
  const pattern = path.includes('{')
    ? new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([A-Za-z]+)\\?\}/g, '(?<$1>[^/]+)')}$`)
    : path;
  return {
    name,
    method,
    path: pattern,
    credential,
    live: (req, a, fake) => live(a, req, fake),
    unauthorized: typeof unauthorized === 'function' ? unauthorized : () => unauthorized,
  };
}

/** A provider with one host (or several), from its documented routes. */
export function provider(id: string, host: string | string[], docs: string, routes: Route[]): ProviderFakeSpec {
  return { provider: id, hosts: Array.isArray(host) ? host : [host], docs, routes };
}

/** A random value of `n` characters from `set`, for credentials a fake issues. */
export function randomToken(n: number, set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let out = '';
  for (let i = 0; i < n; i++) out += set[Math.floor(Math.random() * set.length)];
  return out;
}
